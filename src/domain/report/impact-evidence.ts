import { byYear } from '../impact/academic-year';
import { cohortKey, cohortName, stakeholderGroupNames, surveyLabel } from '../impact/labels';
import { latestBy } from '../impact/measures';
import { impactQuestionRefs, questionText } from '../impact/report';
import { type Audience, breakdownFigures, countFigure } from '../impact/suppression';
import { cohortsRecorded } from '../impact/trends';
import type { ImpactData, StakeholderGroup } from '../impact/types';
import type { ResponsivenessDataSourceId } from '../catalogue/responsiveness';
import { yearsLabel } from '../provision-map/labels';
import { daysBetween } from '../validation/dates';
import type { BearingLine } from './types';

/** Governors' papers travel beyond the meeting: every figure here is under the small-number rule. */
const audience: Audience = 'governors';

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** NEET among each leaver cohort in its last two recorded years (first destinations); a rise is worth asking about. */
function destinationsLine(data: ImpactData): BearingLine {
  let rising = false;
  const parts = cohortsRecorded(data).flatMap((cohort) => {
    const years = data.destinations
      .filter((r) => cohortKey(r.cohort) === cohortKey(cohort) && !r.sustained)
      .sort((a, b) => byYear(a.academicYear, b.academicYear))
      .slice(-2);
    if (years.length === 0) return [];
    const shares = years.map((r) => ({ year: r.academicYear, share: breakdownFigures(r.all.counts, r.all.cohort, audience).shares.neet }));
    const [before, latest] = shares.length === 2 ? shares : [undefined, shares[0]!];
    if (before?.share.value != null && latest?.share.value != null && latest.share.value > before.share.value) rising = true;
    if (shares.every((s) => s.share.suppressed)) return [`${cohortName(cohort)} withheld (small numbers)`];
    return [`${cohortName(cohort)} ${shares.map((s) => `${s.share.text} in ${s.year}`).join(', ')}`];
  });
  return parts.length
    ? { text: `NEET among leavers: ${parts.join('; ')}.`, tone: rising ? 'gap' : 'info' }
    : { text: 'No destinations of leavers are recorded.', tone: 'gap' };
}

/** The latest count of learners flagged at risk of NEET in each year group, and how many were supported. */
function neetRiskLine(data: ImpactData): BearingLine {
  const latest = latestBy(data.neetRisk, (r) => r.yearGroup).sort((a, b) => Number(a.yearGroup) - Number(b.yearGroup));
  if (latest.length === 0) return { text: 'No risk of NEET counts are recorded.', tone: 'gap' };
  const parts = latest.map((r) => `Year ${r.yearGroup}: ${countFigure(r.flagged, audience).text} flagged, ${countFigure(r.supported, audience).text} supported`);
  return { text: `At risk of NEET, latest count: ${parts.join('; ')}.`, tone: latest.some((r) => r.supported < r.flagged) ? 'gap' : 'info' };
}

/** Each survey's latest academic year: the year groups asked and how many answered. */
function perceptionLine(data: ImpactData): BearingLine {
  const surveys = [...new Set(data.perception.map(surveyLabel))];
  if (surveys.length === 0) return { text: 'No learner perception results are recorded.', tone: 'gap' };
  const parts = surveys.map((survey) => {
    const mine = data.perception.filter((r) => surveyLabel(r) === survey);
    const year = mine.map((r) => r.academicYear).sort(byYear).at(-1)!;
    const round = mine.filter((r) => r.academicYear === year);
    const responses = countFigure(round.reduce((s, r) => s + r.responses, 0), audience).text;
    const asked = [...new Set(round.map((r) => r.yearGroup))].sort((a, b) => Number(a) - Number(b));
    return `${survey} ${year}, ${yearsLabel(asked)}, ${responses} responses`;
  });
  return { text: `Learner perception: ${parts.join('; ')}.`, tone: 'info' };
}

const groups: readonly StakeholderGroup[] = ['learners', 'parents-carers', 'staff', 'employers', 'providers'];

/** Which groups were heard in the twelve months to `today`, and which were not. */
function voiceLine(data: ImpactData, today: string): BearingLine {
  const heard = groups.filter((g) => data.voice.some((v) => v.group === g && v.date <= today && daysBetween(v.date, today) <= 365));
  const not = groups.filter((g) => !heard.includes(g)).map((g) => stakeholderGroupNames[g]);
  const names = heard.map((g) => stakeholderGroupNames[g]);
  if (names.length === 0) return { text: 'No stakeholder voice is recorded in the last 12 months.', tone: 'gap' };
  // Commas only: "parents and carers" is one group.
  return {
    text: `Stakeholder voice in the last 12 months from ${names.join(', ')}${not.length ? `; none from ${not.join(', ')}` : ''}.`,
    tone: not.length ? 'gap' : 'met',
  };
}

/** How far back each of the four sources is recorded: the breadth a question on evaluation asks about. */
function breadthLine(data: ImpactData): BearingLine {
  const sources = [
    ['destinations', data.destinations],
    ['learner perception', data.perception],
    ['stakeholder voice', data.voice],
    ['risk of NEET', data.neetRisk],
  ] as const;
  const years = sources.map(([name, records]) => [name, new Set(records.map((r) => r.academicYear)).size] as const);
  const missing = years.filter(([, n]) => n === 0).map(([name]) => name);
  const parts = years.filter(([, n]) => n > 0).map(([name, n]) => `${name} (${n === 1 ? '1 year' : `${n} years`})`);
  return parts.length
    ? { text: `Impact data recorded: ${list(parts)}${missing.length ? `; none for ${list(missing)}` : ''}.`, tone: missing.length ? 'gap' : 'met' }
    : { text: 'No impact data (destinations, learner perception, stakeholder voice, risk of NEET) is recorded.', tone: 'gap' };
}

function sourceLine(source: ResponsivenessDataSourceId, data: ImpactData, today: string): BearingLine {
  switch (source) {
    case 'destinations':
      return destinationsLine(data);
    case 'risk-of-neet':
      return neetRiskLine(data);
    case 'learner-perception':
      return perceptionLine(data);
    case 'stakeholder-voice':
      return voiceLine(data, today);
  }
}

/**
 * The recorded figures beside each of the governors' questions on impact (seed 003), by the question's text, in a
 * line or two: a question on one or two sources has a line for each; one on them all (how effectiveness is evaluated)
 * has the breadth of the data, then the line most worth asking about.
 */
export function impactQuestionFigures(data: ImpactData, today: string): ReadonlyMap<string, readonly BearingLine[]> {
  return new Map(
    impactQuestionRefs.map((ref) => {
      const lines = ref.sources.map((s) => sourceLine(s, data, today));
      const brief = lines.length <= 2 ? lines : [breadthLine(data), ...lines.filter((l) => l.tone === 'gap').slice(0, 1)];
      return [questionText(ref).text, brief] as const;
    }),
  );
}
