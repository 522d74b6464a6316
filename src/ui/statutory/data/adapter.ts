import type { DataContext } from '../../../data/data-context';
import { createSettingsRepository } from '../../../data/settings/repository';
import { createStatutoryRepository } from '../../../data/statutory/repository';
import { createMapReader } from '../../../data/provision-map/read-map';
import type { StatutoryData } from './port';

/** The statutory duties port over the repositories. */
export function createStatutoryData(ctx: DataContext): StatutoryData {
  const settings = createSettingsRepository(ctx);
  const statutory = createStatutoryRepository(ctx);
  const readMap = createMapReader(ctx);
  return {
    async load() {
      const record = await settings.getInstitution();
      if (!record) return null;
      const { institution } = record.value;
      const [stored, loaded] = await Promise.all([statutory.get(institution.id), readMap(institution)]);
      return { institution, record: stored, map: loaded.map };
    },
    save(record, basedOn) {
      return statutory.save(record, basedOn ?? undefined);
    },
  };
}
