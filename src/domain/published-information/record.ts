import type { StatutoryRecord } from '../statutory/types';
import { checkPublishedPage } from './page';
import type { PublishedPage } from './types';

/**
 * The statutory record once the school says where and when it published the generated page: the address, the date
 * (yyyy-mm-dd), and each required item ticked as the page holds it (the next review date is the record's own). The
 * published-information duties are then judged on this like any other record.
 */
export function recordPublication(record: StatutoryRecord, page: PublishedPage, where: { readonly url: string; readonly on: string }): StatutoryRecord {
  const present = new Map(checkPublishedPage(page).map((c) => [c.item, c.present]));
  return {
    ...record,
    publishedInformation: {
      ...record.publishedInformation,
      url: where.url,
      publishedOn: where.on,
      careersLeaderContact: present.get('careers-leader-contact') === true,
      programmeSummary: present.get('programme-summary') === true,
      impactMeasurement: present.get('impact-measurement') === true,
    },
  };
}
