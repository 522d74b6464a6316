import { activityCategories } from '../catalogue/provision';
import type { ActivityCategory } from '../catalogue/types';
import { loose, orList, quoted, singular } from './cells';
import { read, problem, type Reading } from './reading';

/**
 * Other words schools use for the catalogue's categories (each category's own name is always understood, singular or
 * plural). Ours, from the categories' meaning: the documents give only the names.
 */
const aliases: Readonly<Record<string, readonly string[]>> = {
  'work-experience': ['work exp', 'wex', 'we', 'work placement', 'placement', 'work experience placement', 'virtual work experience', 'work shadowing'],
  'employer-encounter': ['ee', 'employer', 'employer encounter', 'employer engagement', 'employer talk', 'employer visit', 'employer event'],
  assembly: ['assembly', 'assy', 'careers assembly'],
  'personal-guidance': ['pg', 'guidance', 'careers guidance', 'careers advice', 'careers interview', '1:1 guidance', '1 1 guidance', 'one to one guidance', 'iag'],
  'provider-access': ['pal', 'provider access', 'provider access legislation', 'provider access (pal)', 'provider encounter', 'provider', 'baker clause'],
  'careers-in-curriculum': ['cic', 'curriculum', 'careers in curriculum', 'curriculum link', 'subject link', 'careers lesson', 'pshe'],
  'fe-he-encounter': ['fe/he', 'fe and he', 'fe he', 'fe', 'he', 'further education', 'higher education', 'fe/he encounter', 'university visit', 'college visit'],
  other: ['misc', 'miscellaneous'],
};

/** Compared without case, punctuation, a leading "the", plurals or a bracketed abbreviation's brackets. */
const key = (text: string): string =>
  loose(text.replace(/[()]/g, ' '))
    .replace(/\bthe\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');

function lookup(categories: readonly ActivityCategory[]): Map<string, ActivityCategory> {
  const map = new Map<string, ActivityCategory>();
  for (const c of categories) {
    for (const word of [c.name, c.id, ...(aliases[c.id] ?? [])]) if (!map.has(key(word))) map.set(key(word), c);
  }
  return map;
}
const catalogueLookup = lookup(activityCategories);

/** The question put about one of the school's own categories, in an import or typed into the workbook. */
export function newCategoryQuestion(name: string, rows: readonly number[]): string {
  const where = rows.length === 1 ? `row ${rows[0]}` : `rows ${orList(rows.map(String)).replace(' or ', ' and ')}`;
  return `${quoted(name)} (${where}) is not one of Waypoint’s categories. Add it as a new category of your own?`;
}

/** What a row waiting on that question says, after its row and column. */
export const newCategoryWaiting = (name: string): string =>
  `${quoted(name)} is not one of Waypoint’s categories — agree to add it as your own, or use ${orList(activityCategories.map((c) => c.name))}.`;

/** One of the school's own categories, named as it typed it (it has no benchmarks or maturity rows of its own). */
export const ownCategory = (name: string): ActivityCategory => ({ id: name, name, description: '', benchmarks: [], maturityRows: [] });

/**
 * Categories by name, singular or plural, abbreviation ("PAL", "work exp", "WEX", "EE", "Provider access (PAL)"),
 * several separated by ";", ",", "/" or a new line. A category Waypoint does not know is the school's own: it is
 * read by its own name and offered as a new category (`newCategories`), never refused.
 */
export function readCategories(typed: string, categories: readonly ActivityCategory[] = activityCategories): Reading<readonly string[]> {
  const known = categories === activityCategories ? catalogueLookup : lookup(categories);
  const found: ActivityCategory[] = [];
  const own: string[] = [];
  const whole = known.get(key(typed));
  const parts = whole ? [typed] : typed.split(/[;,\n|]+/).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const direct = known.get(key(part));
    const pieces = direct ? [direct] : part.split(/\s*(?:\/|&|\band\b|\+)\s*/i).map((p) => known.get(key(p)));
    if (pieces.length > 1 && pieces.every(Boolean)) found.push(...(pieces as ActivityCategory[]));
    else if (direct) found.push(direct);
    else if (part.length > 255) return problem(`${quoted(part)} is too long for a category name: keep it to 255 characters.`);
    else own.push(part.replace(/\s+/g, ' '));
  }
  const ids = [...new Set([...found.map((c) => c.id), ...own])];
  const shown = [...new Set([...found.map((c) => c.name), ...own.map((o) => `${o} (new)`)])].join(', ');
  return read(typed, ids, shown, { newCategories: [...new Set(own)] });
}
