import type { SourceSheet } from '../domain/import';

/** A decoded file: its rows, or a message saying why it could not be read (nothing is read then). */
export type Decoded = { readonly ok: true; readonly sheet: SourceSheet } | { readonly ok: false; readonly message: string };

export const refused = (message: string): Decoded => ({ ok: false, message });
