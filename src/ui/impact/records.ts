import type { ImpactData } from '../../domain/impact';
import type { Versioned } from '../../shared/versioned';
import type { ImpactRecords } from './data/port';

/** The plain records, for the domain's rules. */
export const plainRecords = (r: ImpactRecords): ImpactData => ({
  destinations: r.destinations.map((v) => v.value),
  perception: r.perception.map((v) => v.value),
  voice: r.voice.map((v) => v.value),
  neetRisk: r.neetRisk.map((v) => v.value),
});

/** Applies an edit to the cached records (the views' way to show a save at once). */
export type Change = (edit: (r: ImpactRecords) => ImpactRecords) => void;

/** Changes to the cached records after a save. */
export const stored = {
  /** The record as stored now in place of the one edited (or added, when none was), or removed when it was deleted. */
  replace<T>(list: readonly Versioned<T>[], edited: Versioned<T> | undefined, now: Versioned<T> | null): Versioned<T>[] {
    if (!edited) return now ? [...list, now] : [...list];
    return list.flatMap((r) => (r.itemId !== edited.itemId ? [r] : now ? [now] : []));
  },
  /** Imported records after the ones already there. */
  concat: (a: ImpactRecords, b: ImpactRecords): ImpactRecords => ({
    destinations: [...a.destinations, ...b.destinations],
    perception: [...a.perception, ...b.perception],
    voice: [...a.voice, ...b.voice],
    neetRisk: [...a.neetRisk, ...b.neetRisk],
  }),
};
