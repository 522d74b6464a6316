import type { DestinationsRecord, ImpactData, NeetRiskRecord, PerceptionRecord, VoiceRecord } from '../../domain/impact/types';
import type { GraphError } from '../../shared/service-error';
import type { Item } from '../../graph/list-items';
import { readManyLists, writeItems } from '../../graph/list-items-batch';
import type { Versioned } from '../../shared/versioned';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import { PAGE_SIZE } from '../page-size';
import { type Codec, fromItems, inDomainTerms, type SaveEntry, type SaveOutcome, saveMany, upsertEntries } from '../save';
import type { ListKey } from '../schema';
import {
  DESTINATIONS_SELECT,
  destinationsFromFields,
  destinationsToFields,
  NEET_RISK_SELECT,
  neetRiskFromFields,
  neetRiskToFields,
  PERCEPTION_SELECT,
  perceptionFromFields,
  perceptionToFields,
  VOICE_SELECT,
  voiceFromFields,
  voiceToFields,
} from './mappers';

export const destinationsCodec: Codec<DestinationsRecord> = {
  list: 'destinations',
  select: DESTINATIONS_SELECT,
  toFields: destinationsToFields,
  fromFields: destinationsFromFields,
};
export const perceptionCodec: Codec<PerceptionRecord> = {
  list: 'learnerPerception',
  select: PERCEPTION_SELECT,
  toFields: perceptionToFields,
  fromFields: perceptionFromFields,
};
export const voiceCodec: Codec<VoiceRecord> = { list: 'stakeholderVoice', select: VOICE_SELECT, toFields: voiceToFields, fromFields: voiceFromFields };
export const neetRiskCodec: Codec<NeetRiskRecord> = {
  list: 'neetRisk',
  select: NEET_RISK_SELECT,
  toFields: neetRiskToFields,
  fromFields: neetRiskFromFields,
};

/** Each kind as loaded, with the versions an update or delete needs. */
export interface LoadedImpact {
  readonly destinations: readonly Versioned<DestinationsRecord>[];
  readonly perception: readonly Versioned<PerceptionRecord>[];
  readonly voice: readonly Versioned<VoiceRecord>[];
  readonly neetRisk: readonly Versioned<NeetRiskRecord>[];
}

/** The plain records, for the domain rules. */
export const impactDataOf = (loaded: LoadedImpact): ImpactData => ({
  destinations: loaded.destinations.map((v) => v.value),
  perception: loaded.perception.map((v) => v.value),
  voice: loaded.voice.map((v) => v.value),
  neetRisk: loaded.neetRisk.map((v) => v.value),
});

const codecs = [destinationsCodec, perceptionCodec, voiceCodec, neetRiskCodec] as const;

/** Some impact records could not be stored; `failures` says which and why. */
export class StoreImpactError extends Error {
  override readonly name = 'StoreImpactError';
  constructor(readonly failures: readonly { readonly list: ListKey; readonly error: GraphError }[]) {
    super(`${failures.length} impact record(s) could not be stored; first: ${failures[0]?.error.message ?? ''}`);
  }
}

/**
 * Destinations, learner perception, stakeholder voice and risk-of-NEET records. The lists are small (a few items per
 * year), so they are read whole in one $batch and analysed by the domain rules.
 */
export function createImpactRepository(ctx: DataContext) {
  async function readAll(options: CallOptions): Promise<Item[][]> {
    const pages = await readManyLists(
      ctx.graph,
      codecs.map((c) => ({ list: listRef(ctx, c.list), query: { select: c.select, top: PAGE_SIZE } })),
      options,
    );
    return codecs.map((_, i) => pages[i] ?? []);
  }

  /**
   * Deletes a record only if it is still at the version shown (If-Match); one already gone counts as deleted. A 412
   * throws a ConflictError carrying the stored record in domain terms, so both versions can be shown.
   */
  async function removeOne<T>(codec: Codec<T>, record: Versioned<T>, options: CallOptions): Promise<void> {
    const [result] = await writeItems(ctx.graph, listRef(ctx, codec.list), [{ kind: 'delete', version: { itemId: record.itemId, eTag: record.eTag } }], {
      select: codec.select,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (result && !result.ok) throw inDomainTerms(result.error, record.value, codec);
  }

  return {
    async load(options: CallOptions = {}): Promise<LoadedImpact> {
      const [d = [], p = [], v = [], n = []] = await readAll(options);
      const sorted = (items: Item[]) => [...items].sort((a, b) => Number(a.id) - Number(b.id));
      return {
        destinations: fromItems(sorted(d), destinationsFromFields),
        perception: fromItems(sorted(p), perceptionFromFields),
        voice: fromItems(sorted(v), voiceFromFields),
        neetRisk: fromItems(sorted(n), neetRiskFromFields),
      };
    },

    saveDestinations: (entries: readonly SaveEntry<DestinationsRecord>[], options: CallOptions = {}): Promise<SaveOutcome<DestinationsRecord>[]> =>
      saveMany(ctx, destinationsCodec, entries, options),
    savePerception: (entries: readonly SaveEntry<PerceptionRecord>[], options: CallOptions = {}): Promise<SaveOutcome<PerceptionRecord>[]> =>
      saveMany(ctx, perceptionCodec, entries, options),
    saveVoice: (entries: readonly SaveEntry<VoiceRecord>[], options: CallOptions = {}): Promise<SaveOutcome<VoiceRecord>[]> =>
      saveMany(ctx, voiceCodec, entries, options),
    saveNeetRisk: (entries: readonly SaveEntry<NeetRiskRecord>[], options: CallOptions = {}): Promise<SaveOutcome<NeetRiskRecord>[]> =>
      saveMany(ctx, neetRiskCodec, entries, options),

    removeDestinations: (record: Versioned<DestinationsRecord>, options: CallOptions = {}): Promise<void> => removeOne(destinationsCodec, record, options),
    removePerception: (record: Versioned<PerceptionRecord>, options: CallOptions = {}): Promise<void> => removeOne(perceptionCodec, record, options),
    removeVoice: (record: Versioned<VoiceRecord>, options: CallOptions = {}): Promise<void> => removeOne(voiceCodec, record, options),
    removeNeetRisk: (record: Versioned<NeetRiskRecord>, options: CallOptions = {}): Promise<void> => removeOne(neetRiskCodec, record, options),

    /**
     * Makes the lists hold `data` (an import, the demo school): one read, then $batch writes of only what is missing
     * or different, so a re-run after an interruption finishes without duplicating. Records are matched by id.
     */
    async store(data: ImpactData, options: CallOptions = {}): Promise<{ readonly written: number }> {
      const existing = await readAll(options);
      const failures: { list: ListKey; error: GraphError }[] = [];
      let written = 0;
      async function put<T>(codec: Codec<T>, values: readonly T[], items: readonly Item[]): Promise<void> {
        for (const outcome of await saveMany(ctx, codec, upsertEntries(codec, values, items), options)) {
          if (outcome.ok) written++;
          else failures.push({ list: codec.list, error: outcome.error });
        }
      }
      await put(destinationsCodec, data.destinations, existing[0] ?? []);
      await put(perceptionCodec, data.perception, existing[1] ?? []);
      await put(voiceCodec, data.voice, existing[2] ?? []);
      await put(neetRiskCodec, data.neetRisk, existing[3] ?? []);
      if (failures.length > 0) throw new StoreImpactError(failures);
      return { written };
    },
  };
}

export type ImpactRepository = ReturnType<typeof createImpactRepository>;
