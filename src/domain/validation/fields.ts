import { MULTI_LINE_MAX, SINGLE_LINE_MAX, URL_MAX } from './limits';
import { isIsoDate, isIsoDateTime } from './dates';
import type { FieldError, ValidationResult } from './result';

/** Text a spreadsheet would run as a formula: kept as typed, but flagged so writers can escape it. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

export interface TextOptions {
  readonly required?: boolean;
  /** Notes and other prose: line breaks allowed, MULTI_LINE_MAX characters. Otherwise one line of SINGLE_LINE_MAX. */
  readonly multiLine?: boolean;
}

/** A choice and how to name it to a person ("Introduce and Inspire" for 'introduce-inspire'). */
export interface Choice<T> {
  readonly value: T;
  readonly name: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): boolean => v === undefined || v === null;

/**
 * Reads fields from untrusted input (a form, a list item, a pasted row), collecting one error per field.
 * Labels are written as they appear on screen ("Title", "Year group") and start each message.
 */
export class Fields {
  readonly errors: FieldError[] = [];
  readonly formulaLike: string[] = [];
  private readonly source: Record<string, unknown>;

  constructor(
    input: unknown,
    private readonly path = '',
    errors?: FieldError[],
    formulaLike?: string[],
  ) {
    if (errors) this.errors = errors;
    if (formulaLike) this.formulaLike = formulaLike;
    if (isRecord(input)) this.source = input;
    else {
      this.source = {};
      this.fail('', 'This must be a set of fields.');
    }
  }

  /** The full path of a field: "participants[0].displayName". */
  at(name: string): string {
    return this.path ? (name ? `${this.path}.${name}` : this.path) : name;
  }

  fail(name: string, message: string): undefined {
    this.errors.push({ field: this.at(name), message });
    return undefined;
  }

  raw(name: string): unknown {
    return this.source[name];
  }

  /** Text, trimmed. Optional text that is empty comes back undefined. */
  text(name: string, label: string, options: TextOptions = {}): string | undefined {
    const v = this.source[name];
    if (absent(v) || (typeof v === 'string' && v.trim() === '')) {
      return options.required ? this.fail(name, `${label} is required.`) : undefined;
    }
    if (typeof v !== 'string') return this.fail(name, `${label} must be text.`);
    return this.checkText(v.trim(), name, label, options.multiLine ?? false);
  }

  /** Checks one piece of already-read text against the limits; records it if formula-like. */
  checkText(value: string, name: string, label: string, multiLine: boolean): string | undefined {
    const max = multiLine ? MULTI_LINE_MAX : SINGLE_LINE_MAX;
    if (!multiLine && /[\r\n]/.test(value)) return this.fail(name, `${label} must be on one line.`);
    if (value.length > max) {
      const [limit, actual] = [max, value.length].map((n) => n.toLocaleString('en-GB'));
      return this.fail(name, `${label} must be ${limit} characters or fewer (it is ${actual}).`);
    }
    if (isFormulaLike(value)) this.formulaLike.push(this.at(name));
    return value;
  }

  /** Text that may be empty but is always a string (notes, progress): absent becomes ''. */
  note(name: string, label: string): string {
    return this.text(name, label, { multiLine: true }) ?? '';
  }

  url(name: string, label: string, options: { readonly required?: boolean } = {}): string | undefined {
    const v = this.source[name];
    if (absent(v) || (typeof v === 'string' && v.trim() === '')) {
      return options.required ? this.fail(name, `${label} is required.`) : undefined;
    }
    if (typeof v !== 'string') return this.fail(name, `${label} must be a web address.`);
    return checkUrl(this, v.trim(), name, label);
  }

  date(name: string, label: string, options: { readonly required?: boolean } = {}): string | undefined {
    const v = this.source[name];
    if (absent(v) || v === '') return options.required ? this.fail(name, `${label} is required.`) : undefined;
    if (typeof v !== 'string' || !isIsoDate(v.trim())) {
      return this.fail(name, `${label} must be a real date written as year-month-day, for example 2026-03-31.`);
    }
    return v.trim();
  }

  dateTime(name: string, label: string): string | undefined {
    const v = this.source[name];
    if (absent(v) || v === '') return this.fail(name, `${label} is required.`);
    if (typeof v !== 'string' || !isIsoDateTime(v.trim())) {
      return this.fail(name, `${label} must be a date and time, for example 2026-03-31T15:30:00Z.`);
    }
    return v.trim();
  }

  boolean(name: string, label: string, options: { readonly default?: boolean } = {}): boolean | undefined {
    const v = this.source[name];
    if (absent(v) && options.default !== undefined) return options.default;
    if (typeof v !== 'boolean') return this.fail(name, `${label} must be yes or no.`);
    return v;
  }

  /** One of a fixed set; the message names every allowed value. */
  oneOf<T extends string | number>(
    name: string,
    label: string,
    choices: readonly Choice<T>[],
    options: { readonly required?: boolean } = { required: true },
  ): T | undefined {
    const v = this.source[name];
    if (absent(v) || v === '') return options.required === false ? undefined : this.fail(name, `${label} is required.`);
    return pick(this, v, name, label, choices);
  }

  /** A list, each item read by `each` at path "name[i]". Duplicates (by value) are dropped. */
  list<T>(
    name: string,
    label: string,
    each: (item: unknown, path: string) => T | undefined,
    options: { readonly min?: number; readonly minMessage?: string } = {},
  ): T[] {
    const v = this.source[name];
    const items = absent(v) ? [] : v;
    if (!Array.isArray(items)) {
      this.fail(name, `${label} must be a list.`);
      return [];
    }
    const out: T[] = [];
    items.forEach((item, i) => {
      const value = each(item, `${this.at(name)}[${i}]`);
      if (value !== undefined && !out.includes(value)) out.push(value);
    });
    if (options.min !== undefined && items.length < options.min) {
      this.fail(name, options.minMessage ?? `${label} needs at least ${options.min}.`);
    }
    return out;
  }

  /** Fields of a nested object, sharing this reader's errors. An absent object reads as empty. */
  nested(name: string): Fields {
    const v = this.source[name];
    return new Fields(absent(v) ? {} : v, this.at(name), this.errors, this.formulaLike);
  }

  /** A reader for an item of a list (path already built). */
  item(input: unknown, path: string): Fields {
    return new Fields(input, path, this.errors, this.formulaLike);
  }

  /** An error at an exact path (for list items). */
  failAt(path: string, message: string): undefined {
    this.errors.push({ field: path, message });
    return undefined;
  }

  result<T>(build: () => T): ValidationResult<T> {
    if (this.errors.length > 0) return { ok: false, errors: [...this.errors] };
    return { ok: true, value: build(), formulaLike: [...this.formulaLike] };
  }
}

function checkUrl(f: Fields, value: string, name: string, label: string): string | undefined {
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    return f.fail(name, `${label} must be a web address starting with https:// or http://.`);
  }
  if (value.length > URL_MAX) return f.fail(name, `${label} must be ${URL_MAX} characters or fewer (it is ${value.length}).`);
  return value;
}

function pick<T extends string | number>(
  f: Fields,
  v: unknown,
  name: string,
  label: string,
  choices: readonly Choice<T>[],
): T | undefined {
  const found = choices.find((c) => c.value === v);
  if (found) return found.value;
  return f.fail(name, `${label} must be one of: ${choices.map((c) => c.name).join(', ')}.`);
}

/** Reads a list item that must be one of `choices`, failing at its own path. */
export function pickAt<T extends string | number>(
  f: Fields,
  v: unknown,
  path: string,
  label: string,
  choices: readonly Choice<T>[],
): T | undefined {
  const found = choices.find((c) => c.value === v);
  if (found) return found.value;
  const shown = typeof v === 'string' || typeof v === 'number' ? `“${v}” is not recognised. ` : '';
  return f.failAt(path, `${shown}${label} must be one of: ${choices.map((c) => c.name).join(', ')}.`);
}

/** Reads a list item that must be single-line text. */
export function textAt(f: Fields, v: unknown, path: string, label: string): string | undefined {
  if (typeof v !== 'string' || v.trim() === '') return f.failAt(path, `${label} must be text.`);
  const value = v.trim();
  if (/[\r\n]/.test(value)) return f.failAt(path, `${label} must be on one line.`);
  if (value.length > SINGLE_LINE_MAX) {
    return f.failAt(path, `${label} must be ${SINGLE_LINE_MAX} characters or fewer (it is ${value.length}).`);
  }
  if (isFormulaLike(value)) f.formulaLike.push(path);
  return value;
}

/** Reads a list item that must be a web address. */
export function urlAt(f: Fields, v: unknown, path: string, label: string): string | undefined {
  if (typeof v !== 'string') return f.failAt(path, `${label} must be a web address.`);
  const reader = f.item({ value: v.trim() }, path);
  const out = checkUrl(reader, v.trim(), '', label);
  return out;
}

/** Plain choices: the value is its own name. */
export const plainChoices = <T extends string | number>(values: readonly T[]): Choice<T>[] =>
  values.map((value) => ({ value, name: String(value) }));
