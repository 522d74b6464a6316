import { universalLearningOutcomes } from '../catalogue/learning-outcomes';
import type { LearningOutcome } from '../catalogue/types';
import { orList, quoted } from './cells';
import { problem, read, type Reading } from './reading';

/** Words only, for comparing statements: "decision-making." and "decision making" are the same. */
const words = (text: string): string =>
  ` ${text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** How people lead into an outcome in a plan ("Students will …", "Learners can …", "To …"). */
const LEAD_IN = /^ (?:(?:students|learners|pupils|young people)(?: will| can| should)?|to|will) /;
/** A part of a statement is recognisable from three words. */
const MIN_WORDS = 3;
const CODE = /^\s*([A-Za-z]{2,3})\s*-?\s*(\d{1,2})\s*$/;
const LEADING_CODE = /^\s*((?:SA|CK|RW)\s*-?\s*\d{1,2}|OWN-[A-Za-z0-9-]+)\b[\s:.)–-]*/i;

interface Matcher {
  byCode(text: string): LearningOutcome | undefined;
  byWords(text: string): LearningOutcome[];
}

function matcher(outcomes: readonly LearningOutcome[]): Matcher {
  const statements = outcomes.map((o) => ({ outcome: o, words: words(o.text) }));
  return {
    byCode(text) {
      const t = text.trim();
      const m = CODE.exec(t);
      const code = m ? `${m[1]!.toUpperCase()}${Number(m[2])}` : t.toUpperCase();
      return outcomes.find((o) => o.id.toUpperCase() === code);
    },
    byWords(text) {
      const w = words(text).replace(LEAD_IN, ' ');
      if (w.trim().split(' ').length < MIN_WORDS) return [];
      const exact = statements.filter((s) => s.words === w);
      return (exact.length > 0 ? exact : statements.filter((s) => s.words.includes(w))).map((s) => s.outcome);
    },
  };
}

const noOwn: readonly LearningOutcome[] = [];
const matchers = new WeakMap<readonly LearningOutcome[], Matcher>();

/** The statements are normalised once per set of the school's own outcomes, not once per cell. */
function matcherFor(own: readonly LearningOutcome[]): Matcher {
  let m = matchers.get(own);
  if (!m) matchers.set(own, (m = matcher([...universalLearningOutcomes, ...own])));
  return m;
}

/**
 * Learning outcomes by code ("CK4", "ck 4"), by the full statement, or by a recognisable part of one ("Be aware of
 * their passions"), several separated by ";", new lines or commas. Statements contain commas, so a cell is never cut
 * inside one: at each point the longest run of comma-separated pieces that is (part of) a statement is taken.
 */
export function readLearningOutcomes(typed: string, own: readonly LearningOutcome[] = noOwn): Reading<readonly string[]> {
  const m = matcherFor(own);
  const found: LearningOutcome[] = [];
  // "SA2 and CK1", "SA1 & SA2", "CK4/CK5": codes joined by words are a list too.
  const listed = typed.replace(/\b((?:SA|CK|RW)\s*-?\s*\d{1,2})\s*(?:and|&|\/)\s*(?=(?:SA|CK|RW)\s*-?\s*\d)/gi, '$1;');
  const segments = listed.split(/[;\n\r•|]+/).map((s) => s.trim()).filter(Boolean);
  for (const segment of segments) {
    const pieces = segment.split(',').map((p) => p.trim());
    for (let i = 0; i < pieces.length; ) {
      let taken = 0;
      for (let j = pieces.length; j > i && taken === 0; j--) {
        const text = pieces.slice(i, j).join(', ');
        const outcome = readOne(text, m);
        if (outcome === undefined) continue;
        if (typeof outcome === 'string') return problem(outcome);
        found.push(outcome);
        taken = j - i;
      }
      if (taken === 0) {
        if (pieces[i] === '') {
          i++;
          continue;
        }
        return problem(
          `${quoted(pieces[i]!)} is not one of the learning outcomes: use a code such as SA1, CK4 or RW2, or the outcome’s own words.`,
        );
      }
      i += taken;
    }
  }
  const ids = [...new Set(found.map((o) => o.id))];
  return read(typed, ids, ids.join(', '));
}

/** One outcome, a message when the words fit several, or undefined when nothing fits. */
function readOne(text: string, m: Matcher): LearningOutcome | string | undefined {
  const code = m.byCode(text);
  if (code) return code;
  const lead = LEADING_CODE.exec(text);
  // "CK4 Evaluate the risks…": a code leading the school's own wording (but not a list of codes).
  if (lead && text.length > lead[0].length && !/\b(?:SA|CK|RW)\s*-?\s*\d/i.test(text.slice(lead[0].length))) {
    const coded = m.byCode(lead[1]!.replace(/\s|-(?=\d)/g, ''));
    if (coded) return coded;
  }
  const matches = m.byWords(text);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    return `${quoted(text)} fits more than one learning outcome (${orList(matches.map((o) => o.id))}): use the code of the one you mean.`;
  }
  return undefined;
}
