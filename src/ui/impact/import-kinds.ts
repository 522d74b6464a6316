import type { ImportKind } from '../../domain/impact';
import type { ImportedRecords } from './data/port';

/** What a file to import may hold: its name on the form, and where its records go in an import. */
export const importKinds: readonly { readonly kind: ImportKind; readonly name: string; readonly field: keyof ImportedRecords }[] = [
  { kind: 'destinations', name: 'Destinations', field: 'destinations' },
  { kind: 'perception', name: 'Learner perception survey results', field: 'perception' },
  { kind: 'voice', name: 'Stakeholder voice', field: 'voice' },
  { kind: 'neet-risk', name: 'Risk of NEET counts', field: 'neetRisk' },
];
