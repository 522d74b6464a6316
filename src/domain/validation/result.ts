/** A problem with one field, with a message a person can act on. `field` is a path: "participants[1].displayName". */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * The outcome of validating an input. A valid value may still carry `formulaLike` fields: text beginning with
 * =, +, - or @ is accepted as text, but spreadsheet writers must escape it so Excel does not run it as a formula.
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly formulaLike: readonly string[] }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
