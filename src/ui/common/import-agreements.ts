import type { ImportDecision } from '../../domain/import';

/** What the person has agreed to so far: ranges of years split by row number, the school's own categories by name. */
export interface Agreements {
  readonly splitRanges: readonly number[];
  readonly newCategories: readonly string[];
}

export const NO_AGREEMENTS: Agreements = { splitRanges: [], newCategories: [] };

/** The agreements once the person has ticked (or unticked) one decision of the preview. */
export function decided(agreements: Agreements, decision: ImportDecision, yes: boolean): Agreements {
  if (decision.kind === 'split-range') {
    const rest = agreements.splitRanges.filter((r) => r !== decision.row);
    return { ...agreements, splitRanges: yes ? [...rest, decision.row] : rest };
  }
  const rest = agreements.newCategories.filter((n) => n !== decision.name);
  return { ...agreements, newCategories: yes ? [...rest, decision.name] : rest };
}
