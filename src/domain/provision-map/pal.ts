import { palKeyPhases } from '../catalogue/statutory';
import type { KeyPhaseId, PalKeyPhase, YearGroup } from '../catalogue/types';
import type { Activity, ProvisionMap } from './types';

export const PROVIDER_ACCESS = 'provider-access';

export type PalStatus = 'met' | 'short' | 'not-applicable';

export interface KeyPhaseCompliance {
  readonly phase: KeyPhaseId;
  readonly yearGroups: readonly YearGroup[];
  readonly status: PalStatus;
  readonly required: number;
  /** Encounters counted (see `palCompliance`). */
  readonly encounters: number;
  readonly shortBy: number;
  /** The activities counted, one per encounter. */
  readonly activityIds: readonly string[];
  /** Distinct named providers among the counted encounters. */
  readonly providers: readonly string[];
  /** Counted encounters with no provider named yet: still counted, but worth completing. */
  readonly unnamedProviderActivityIds: readonly string[];
  /** Provider access activities for a targeted group only: not counted, because every pupil must be offered them. */
  readonly targetedActivityIds: readonly string[];
  readonly mandatoryToAttend: boolean;
}

/**
 * Provider Access Legislation per key phase (seed 003, "Compliance with the provider access legislation").
 *
 * Counting rule:
 * - An encounter is an activity in the provider access category, placed in one of the key phase's year groups
 *   that the map has; two across the phase meet it ("year 8 or 9": one in each year, or both in one year).
 * - Only activities for every pupil count: the legislation asks for encounters "for all their students", so an
 *   activity for a targeted group is listed but not counted.
 * - The same event recorded twice (same named provider, year group, term and title, e.g. placed under two stages)
 *   counts once. A provider coming back with a different event, or in another term, counts again.
 * - An encounter with no provider named still counts; it is listed so the provider can be filled in.
 * A key phase none of whose year groups the map has (no sixth form: Years 12 and 13) is 'not-applicable'.
 */
export function palCompliance(
  map: ProvisionMap,
  phases: readonly PalKeyPhase[] = palKeyPhases,
): KeyPhaseCompliance[] {
  return phases.map((phase) => {
    const years = phase.yearGroups.filter((y) => map.yearGroups.includes(y));
    const base = {
      phase: phase.id,
      yearGroups: years,
      required: phase.encountersRequired,
      mandatoryToAttend: phase.mandatoryToAttend,
    };
    if (years.length === 0) {
      return {
        ...base,
        status: 'not-applicable' as const,
        encounters: 0,
        shortBy: 0,
        activityIds: [],
        providers: [],
        unnamedProviderActivityIds: [],
        targetedActivityIds: [],
      };
    }
    const inPhase = map.activities.filter((a) => a.categories.includes(PROVIDER_ACCESS) && years.includes(a.yearGroup));
    const targeted = inPhase.filter((a) => a.audience.kind === 'targeted');
    const counted = distinctEncounters(inPhase.filter((a) => a.audience.kind === 'universal'));
    const byKey = new Map(counted.filter(named).map((a) => [key(a.provider!), a.provider!.trim()]));
    const providers = [...byKey.values()];
    const shortBy = Math.max(0, phase.encountersRequired - counted.length);
    return {
      ...base,
      status: shortBy === 0 ? ('met' as const) : ('short' as const),
      encounters: counted.length,
      shortBy,
      activityIds: counted.map((a) => a.id),
      providers,
      unnamedProviderActivityIds: counted.filter((a) => !named(a)).map((a) => a.id),
      targetedActivityIds: targeted.map((a) => a.id),
    };
  });
}

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
const named = (a: Activity): boolean => a.provider !== undefined && a.provider.trim() !== '';

function distinctEncounters(activities: readonly Activity[]): Activity[] {
  const seen = new Set<string>();
  const out: Activity[] = [];
  for (const a of activities) {
    if (named(a)) {
      const k = [key(a.provider!), a.yearGroup, a.term, key(a.title)].join('\u0000');
      if (seen.has(k)) continue;
      seen.add(k);
    }
    out.push(a);
  }
  return out;
}
