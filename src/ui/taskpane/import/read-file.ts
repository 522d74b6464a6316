import type { SourceSheet } from '../../../domain/import';

/** A chosen file's rows, or why it cannot be read (too large, not a map, damaged). */
export type DecodedFile = { readonly ok: true; readonly sheet: SourceSheet } | { readonly ok: false; readonly message: string };

/**
 * Reads a chosen .xlsx or .csv file into rows. The composition root gives the pane src/import's decoder (loaded only
 * when a file is chosen), so the pane reads a file exactly as the import command does.
 */
export type ReadImportFile = (file: File) => Promise<DecodedFile>;
