/** Where a rule rests in the source documents, so every finding can cite it. */
export interface SourceRef {
  /** Seed file prefix: "000" … "004". */
  readonly document: '000' | '001' | '002' | '003' | '004';
  readonly section: string;
}

/** A provision-map cell: one stage in one year group. */
export interface CellRef {
  readonly stage?: string;
  readonly yearGroup?: string;
}

export type FindingKind =
  | 'empty-cell'
  | 'no-employer-encounter'
  | 'no-workplace-experience'
  | 'no-fe-he-encounter'
  | 'no-personal-guidance-before-transition'
  | 'pal-short'
  | 'outcome-not-addressed'
  | 'outcome-not-progressing'
  | 'too-many-stage-outcomes'
  | 'no-parent-carer-engagement';

/** A structured finding about the provision map, with a message in plain British English. */
export interface Finding {
  readonly kind: FindingKind;
  readonly severity: 'gap' | 'advice';
  readonly message: string;
  readonly cells: readonly CellRef[];
  readonly activityIds: readonly string[];
  readonly source: SourceRef;
}
