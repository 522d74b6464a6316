import type { FieldError } from '../../domain/validation/result';

/** The first message for each field path, for Fluent `Field`'s `validationMessage`. */
export function errorsByField(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] ??= e.message;
  return out;
}

/** Messages for fields the form has no input for (so none is lost). */
export function otherErrors(errors: Record<string, string>, shown: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([field]) => !shown.some((s) => field === s || field.startsWith(`${s}[`) || field.startsWith(`${s}.`)))
    .map(([, message]) => message);
}
