import type { DataContext } from '../../../data/data-context';
import { createImpactRepository } from '../../../data/impact/repository';
import { createPlanRepository } from '../../../data/plan/repository';
import { type SaveEntry, type SaveOutcome, unwrap } from '../../../data/save';
import { createSettingsRepository } from '../../../data/settings/repository';
import { cellText } from '../../../domain/import/cells';
import type { ItemVersion, Versioned } from '../../../shared/versioned';
import type { ImpactData, ImpactRecords } from './port';

const entry = <T>(value: T, basedOn: ItemVersion | null): SaveEntry<T> => (basedOn ? { value, version: basedOn } : { value });

/** Splits a batch's outcomes into what was stored and what failed. */
function split<T>(outcomes: readonly SaveOutcome<T>[], failures: unknown[]): Versioned<T>[] {
  return outcomes.flatMap((o) => {
    if (o.ok) return [o.value];
    failures.push(o.error);
    return [];
  });
}

/** The impact port over the repositories: the four impact lists, the institution and the plan's key metrics. */
export function createImpactData(ctx: DataContext): ImpactData {
  const impact = createImpactRepository(ctx);
  const settings = createSettingsRepository(ctx);
  const plan = createPlanRepository(ctx);
  return {
    async load() {
      const [record, records, priorities] = await Promise.all([settings.getInstitution(), impact.load(), plan.load()]);
      if (!record) return null;
      // This year's plan: its targets are read against every year's figures.
      const targets = priorities.priorities.flatMap((p) => p.value.objectives.flatMap((o) => (o.keyMetricRef ? [o.keyMetricRef] : [])));
      return { institution: record.value.institution, records, targets };
    },
    saveDestinations: async (record, basedOn) => unwrap(await impact.saveDestinations([entry(record, basedOn)])),
    savePerception: async (record, basedOn) => unwrap(await impact.savePerception([entry(record, basedOn)])),
    saveVoice: async (record, basedOn) => unwrap(await impact.saveVoice([entry(record, basedOn)])),
    saveNeetRisk: async (record, basedOn) => unwrap(await impact.saveNeetRisk([entry(record, basedOn)])),
    remove(one) {
      switch (one.kind) {
        case 'destinations':
          return impact.removeDestinations(one.record);
        case 'perception':
          return impact.removePerception(one.record);
        case 'voice':
          return impact.removeVoice(one.record);
        case 'neet-risk':
          return impact.removeNeetRisk(one.record);
      }
    },

    async readTable(file) {
      // Loaded when a file is chosen: the decoders (and their CSV and workbook readers) stay out of the view's first load.
      const { decodeImportFile } = await import('../../../import/decode-file');
      const decoded = await decodeImportFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
      if (!decoded.ok) return decoded;
      const rows = decoded.sheet.rows.map((r) => r.cells.map(cellText));
      // The first row with anything in it names the columns (a title row above it is not expected in these tables).
      const start = rows.findIndex((cells) => cells.some((c) => c !== ''));
      if (start < 0) return { ok: false, message: `“${file.name}” has no rows to import.` };
      return { ok: true, table: { header: rows[start]!, rows: rows.slice(start + 1) } };
    },

    async importRecords(records) {
      const failures: unknown[] = [];
      const create = <T>(values: readonly T[] | undefined) => (values ?? []).map((value) => ({ value }));
      const saved: ImpactRecords = {
        destinations: split(await impact.saveDestinations(create(records.destinations)), failures),
        perception: split(await impact.savePerception(create(records.perception)), failures),
        voice: split(await impact.saveVoice(create(records.voice)), failures),
        neetRisk: split(await impact.saveNeetRisk(create(records.neetRisk)), failures),
      };
      return { saved, failures };
    },
  };
}
