/**
 * Waypoint keeps figures only (docs/data-protection.md). An import is refused, whole, when a column looks like
 * personal data about individuals: a header naming a personal field, or values that look like people's names, e-mail
 * addresses or unique pupil numbers.
 */

/** Headers that name personal fields. "Survey name" and "Programme" are known columns and never reach this check. */
const PERSONAL_HEADER =
  /\b(names?|forenames?|first ?names?|surnames?|last ?names?|family ?names?|given ?names?|full ?names?|pupils?|students?|learners? ?(id|number|no)|upn|uln|unique (pupil|learner) number|date of birth|dob|birth ?date|candidate (number|no)|address|postcode|e-?mail|phone|telephone|mobile|nhs)\b/i;

/** A unique pupil number: a letter and twelve digits. */
const UPN = /\b[A-Z]\d{11}[0-9A-Z]\b/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
/** "Jane Smith", "Mary-Jo O’Neil", "Smith, Jane": two or three capitalised words and nothing else. */
const PERSON_NAME = /^(?:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}|[A-Z][a-z'’-]+,\s*[A-Z][a-z'’-]+)$/;

export interface PersonalDataCheck {
  /** Header of the first column that looks personal, with why. */
  readonly column: string;
  readonly reason: string;
}

/**
 * The first column that looks like personal data, or undefined. `known` are the column indexes the import reads;
 * `vocabulary` are values that are Waypoint's own words ("Sixth Form", "Parents And Carers") and so not names.
 */
export function findPersonalData(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  known: ReadonlySet<number>,
  vocabulary: ReadonlySet<string>,
): PersonalDataCheck | undefined {
  for (let c = 0; c < header.length; c++) {
    const name = header[c]?.trim() ?? '';
    const values = rows.map((r) => r[c]?.trim() ?? '').filter((v) => v !== '');
    if (!known.has(c) && PERSONAL_HEADER.test(name)) return { column: name, reason: `the column “${name}” looks like personal details` };
    if (values.some((v) => UPN.test(v))) return { column: name, reason: `the column “${name}” holds what look like unique pupil numbers` };
    if (values.some((v) => EMAIL.test(v))) return { column: name, reason: `the column “${name}” holds e-mail addresses` };
    const names = values.filter((v) => PERSON_NAME.test(v) && !vocabulary.has(v.toLowerCase()));
    if (!known.has(c) && names.length > 0 && names.length * 2 >= values.length) {
      return { column: name, reason: `the column “${name}” holds what look like people’s names` };
    }
  }
  return undefined;
}
