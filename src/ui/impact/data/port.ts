import type { ImportTable, KeyMetricRef } from '../../../domain/impact';
import type { DestinationsRecord, NeetRiskRecord, PerceptionRecord, VoiceRecord } from '../../../domain/impact/types';
import type { Institution } from '../../../domain/institution';
import type { ItemVersion, Versioned } from '../../../shared/versioned';

/** Every impact record on the site (the lists are small: a few items a year), each with its version. */
export interface ImpactRecords {
  readonly destinations: readonly Versioned<DestinationsRecord>[];
  readonly perception: readonly Versioned<PerceptionRecord>[];
  readonly voice: readonly Versioned<VoiceRecord>[];
  readonly neetRisk: readonly Versioned<NeetRiskRecord>[];
}

/** One record with its kind, as the views name it. */
export type RecordOfKind =
  | { readonly kind: 'destinations'; readonly record: Versioned<DestinationsRecord> }
  | { readonly kind: 'perception'; readonly record: Versioned<PerceptionRecord> }
  | { readonly kind: 'voice'; readonly record: Versioned<VoiceRecord> }
  | { readonly kind: 'neet-risk'; readonly record: Versioned<NeetRiskRecord> };

export interface LoadedImpact {
  readonly institution: Institution;
  readonly records: ImpactRecords;
  /** The school's own targets: key metrics of the plan's objectives that point at an impact measure. */
  readonly targets: readonly KeyMetricRef[];
}

/** A file read into a header and rows of text, or why it could not be read (nothing is imported then). */
export type ReadTable = { readonly ok: true; readonly table: ImportTable } | { readonly ok: false; readonly message: string };

/** A file a person chose (a browser File has all three). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** New records from an import, by kind; each is created (never matched to an existing one). */
export interface ImportedRecords {
  readonly destinations?: readonly DestinationsRecord[];
  readonly perception?: readonly PerceptionRecord[];
  readonly voice?: readonly VoiceRecord[];
  readonly neetRisk?: readonly NeetRiskRecord[];
}

export interface ImportOutcome {
  readonly saved: ImpactRecords;
  /** One error per record that could not be stored. */
  readonly failures: readonly unknown[];
}

/**
 * What the impact views need from the data layer (the adapter in `adapter.ts`). Saves quote the version they were
 * based on (null to create) and reject with a `ConflictError` carrying the stored version when someone else changed
 * the record first, or a `GraphError` (403 for a read-only member).
 */
export interface ImpactData {
  /** Null when the site has no institution set up yet. */
  load(): Promise<LoadedImpact | null>;
  saveDestinations(record: DestinationsRecord, basedOn: ItemVersion | null): Promise<Versioned<DestinationsRecord>>;
  savePerception(record: PerceptionRecord, basedOn: ItemVersion | null): Promise<Versioned<PerceptionRecord>>;
  saveVoice(record: VoiceRecord, basedOn: ItemVersion | null): Promise<Versioned<VoiceRecord>>;
  saveNeetRisk(record: NeetRiskRecord, basedOn: ItemVersion | null): Promise<Versioned<NeetRiskRecord>>;
  /**
   * Deletes a record only if it is still at the version shown; a `ConflictError` carries the stored one when someone
   * else changed it first. One already deleted counts as deleted.
   */
  remove(record: RecordOfKind): Promise<void>;
  /** Reads a .csv or .xlsx file with the provision map import's decoders. */
  readTable(file: ChosenFile): Promise<ReadTable>;
  /** Creates every record, in $batch writes: what was stored, and what failed (to show; nothing is dropped silently). */
  importRecords(records: ImportedRecords): Promise<ImportOutcome>;
}
