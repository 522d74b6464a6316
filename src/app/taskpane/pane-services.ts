import type { DataContext } from '../../data/data-context';
import type { StageId } from '../../domain/catalogue/types';
import { createProvisionMapRepository } from '../../data/provision-map/repository';
import { createSettingsRepository } from '../../data/settings/repository';
import { type TemplateCatalogue, templateCatalogue } from '../../provision-template/catalogue';
import type { PaneStore } from '../../ui/taskpane/data/store';
import { createServices } from '../services';
import { createBrowserHost } from '../../host/host';

export interface PaneServices {
  readonly catalogue: TemplateCatalogue;
  readonly store: PaneStore | null;
  /** Why there is no store (the site could not be reached): the pane still guides, without publishing. */
  readonly storeError?: unknown;
}

/**
 * The team's site for the pane: the provision map repository, and the school's own year groups for the
 * drop-downs. The pane is no Teams tab, so it uses the plain-browser host for theme and sign-in hints.
 */
export async function paneServices(): Promise<PaneServices> {
  try {
    // The institution and the stage outcomes travel with the schema check (createServices' start-up reads).
    const services = await createServices(createBrowserHost(), firstReads);
    const store = createProvisionMapRepository(services.data);
    const [institution, stages] = await (services.startUp ?? firstReads(services.data));
    const yearGroups = institution?.value.institution.yearGroups;
    const siteStageOutcomes: Partial<Record<StageId, readonly string[]>> = Object.fromEntries(stages.map((s) => [s.value.stage, s.value.learningOutcomes]));
    return {
      catalogue: templateCatalogue({ ...(yearGroups && yearGroups.length > 0 ? { yearGroups } : {}), siteStageOutcomes }),
      store,
    };
  } catch (storeError) {
    return { catalogue: templateCatalogue(), store: null, storeError };
  }
}

function firstReads(data: DataContext) {
  return Promise.all([createSettingsRepository(data).getInstitution(), createProvisionMapRepository(data).loadStageOutcomes()]);
}
