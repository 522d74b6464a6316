import type { StatutoryRecord } from '../statutory/types';
import { checkPublishedPage } from './page';
import type { PublishedPage } from './types';

/**
 * The statutory record once the school says where it published the generated page: the address, and each required
 * item ticked as the page holds it (the next review date is the record's own). The published-information duties are
 * then judged on this like any other record.
 */
export function recordPublication(record: StatutoryRecord, page: PublishedPage, url: string): StatutoryRecord {
  const present = new Map(checkPublishedPage(page).map((c) => [c.item, c.present]));
  return {
    ...record,
    publishedInformation: {
      ...record.publishedInformation,
      url,
      careersLeaderContact: present.get('careers-leader-contact') === true,
      programmeSummary: present.get('programme-summary') === true,
      impactMeasurement: present.get('impact-measurement') === true,
    },
  };
}
