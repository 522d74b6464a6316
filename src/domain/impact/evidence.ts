import { findRow, maturityModel } from '../catalogue';
import type { ModelVariant } from '../catalogue/types';
import type { ResponsivenessDataSourceId } from '../catalogue/responsiveness';
import type { BearingLine } from '../report/types';
import { daysBetween, formatDate } from '../validation/dates';
import { byYear } from './academic-year';
import { impactFindings, type FindingOptions, type ImpactFinding } from './findings';
import { cohortKey, cohortName, learnerGroupAdjectives, sourceNames, stakeholderGroupNames, surveyLabel } from './labels';
import { type Audience, breakdownFigures, countFigure, percentFigure, shareFigure } from './suppression';
import type { ImpactData } from './types';
import { latestBy } from './measures';
import { cohortsRecorded } from './trends';

/** The maturity rows of careers impact evaluation (seed 002, theme 2; the same ids and titles in both models). */
export type ImpactRowId = '2.4' | '2.5' | '2.6' | '2.7';
export const impactRowIds: readonly ImpactRowId[] = ['2.4', '2.5', '2.6', '2.7'];

/** The figures beside one maturity row, while reflecting and in the meeting. */
export interface RowEvidence {
  readonly rowId: ImpactRowId;
  /** The row's title in the catalogue: "Careers impact evaluation: Destinations data". */
  readonly title: string;
  readonly lines: readonly BearingLine[];
  readonly findings: readonly ImpactFinding[];
}

/**
 * Which recorded figures bear on each row: its own data source (row 2.4's column 2 names "identified disengagement or
 * NEET risk indicators" beside destinations). Quality assurance (2.7) is shown the breadth of the data and every gap.
 */
const rowSources: Readonly<Record<Exclude<ImpactRowId, '2.7'>, readonly ResponsivenessDataSourceId[]>> = {
  '2.4': ['destinations', 'risk-of-neet'],
  '2.5': ['learner-perception'],
  '2.6': ['stakeholder-voice'],
};

const line = (text: string, tone: BearingLine['tone'] = 'info'): BearingLine => ({ text, tone });
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Per cohort: the years recorded, their sources, sustained data and groups, and the latest NEET and not-known figures. */
export function destinationsLines(data: ImpactData, audience: Audience): BearingLine[] {
  if (data.destinations.length === 0) return [line('No destinations recorded.', 'gap')];
  return cohortsRecorded(data).flatMap((cohort) => {
    const mine = data.destinations.filter((r) => cohortKey(r.cohort) === cohortKey(cohort)).sort((a, b) => byYear(a.academicYear, b.academicYear));
    const first = mine.filter((r) => !r.sustained);
    const sustained = mine.filter((r) => r.sustained);
    const out: BearingLine[] = [];
    const years = [...new Set(first.map((r) => r.academicYear))];
    const sources = [...new Set(first.map((r) => sourceNames[r.source]))];
    if (years.length) out.push(line(`${cohortName(cohort)}: destinations recorded for ${list(years)} (from ${list(sources)}).`, years.length >= 3 ? 'met' : 'info'));
    if (sustained.length) out.push(line(`${cohortName(cohort)}: sustained destinations for ${list([...new Set(sustained.map((r) => r.academicYear))])}.`, 'met'));
    const latest = first.at(-1);
    if (latest) {
      const b = breakdownFigures(latest.all.counts, latest.all.cohort, audience);
      out.push(
        line(
          `${cohortName(cohort)} of ${latest.academicYear}: ${b.total.text} in the cohort; NEET ${b.shares.neet.text}, not known ${b.shares['not-known'].text}, ` +
            `apprenticeship ${b.shares.apprenticeship.text}.`,
        ),
      );
      const groups = latest.groups.map((g) => learnerGroupAdjectives[g.group]);
      out.push(
        groups.length
          ? line(`Destinations of ${latest.academicYear} analysed for ${list(groups)} learners.`, 'met')
          : line(`Destinations of ${latest.academicYear} are not broken down by group (for example disadvantaged or SEND).`, 'gap'),
      );
    }
    return out;
  });
}

/** The latest NEET-risk count of each year group. */
export function neetRiskLines(data: ImpactData, audience: Audience): BearingLine[] {
  if (data.neetRisk.length === 0) return [line('No risk of NEET counts recorded.', 'gap')];
  return latestBy(data.neetRisk, (r) => r.yearGroup).map((r) => {
    const flagged = countFigure(r.flagged, audience);
    const share = shareFigure(r.flagged, r.yearGroupSize, audience);
    const supported = countFigure(r.supported, audience);
    return line(
      `Year ${r.yearGroup}, ${formatDate(r.date)}: ${flagged.text} learners flagged at risk of NEET (${share.text} of the year group), ${supported.text} supported.`,
      r.supported < r.flagged ? 'gap' : 'info',
    );
  });
}

/** The latest round of each survey: responses and results by learning-outcome area, per year group. */
export function perceptionLines(data: ImpactData, audience: Audience): BearingLine[] {
  if (data.perception.length === 0) return [line('No learner perception results recorded.', 'gap')];
  return latestBy(data.perception, (r) => `${r.survey}|${r.yearGroup}`).map((r) => {
    const survey = surveyLabel(r);
    const rate = r.yearGroupSize ? `, ${shareFigure(r.responses, r.yearGroupSize, audience).text} of the year group` : '';
    const areas = r.areas.map((a) => `${a.area} ${percentFigure(a.percentPositive, r.responses, audience).text}`);
    return line(
      `${survey}, Year ${r.yearGroup}, ${formatDate(r.date)}: ${countFigure(r.responses, audience).text} responses${rate}.` +
        (areas.length ? ` Positive answers: ${areas.join('; ')}.` : ''),
    );
  });
}

/** Per group: the latest voice heard, or its absence. */
export function voiceLines(data: ImpactData, today: string, audience: Audience): BearingLine[] {
  return (['learners', 'parents-carers', 'staff', 'employers', 'providers'] as const).map((group) => {
    const latest = data.voice.filter((v) => v.group === group && v.date <= today).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    const name = stakeholderGroupNames[group];
    if (!latest) return line(`No voice from ${name} recorded.`, 'gap');
    const recent = daysBetween(latest.date, today) <= 365;
    return line(
      `${name[0]!.toUpperCase()}${name.slice(1)}, ${formatDate(latest.date)}: ${countFigure(latest.participants, audience).text} took part (${latest.method}). ${latest.findings}`,
      recent ? 'met' : 'gap',
    );
  });
}

/** For quality assurance: how far back each of the four data sources is recorded. */
export function sourcesLines(data: ImpactData): BearingLine[] {
  const sources = [
    ['Destinations', data.destinations],
    ['Learner perception', data.perception],
    ['Stakeholder voice', data.voice],
    ['Risk of NEET', data.neetRisk],
  ] as const;
  return sources.map(([name, records]) => {
    const years = [...new Set(records.map((r) => r.academicYear))].sort(byYear);
    if (years.length === 0) return line(`${name}: not recorded.`, 'gap');
    const count = years.length === 1 ? '1 academic year' : `${years.length} academic years`;
    return line(`${name}: recorded for ${count}, the latest ${years.at(-1)}.`, years.length >= 2 ? 'met' : 'info');
  });
}

export function sourceLines(source: ResponsivenessDataSourceId, data: ImpactData, today: string, audience: Audience): BearingLine[] {
  switch (source) {
    case 'destinations':
      return destinationsLines(data, audience);
    case 'risk-of-neet':
      return neetRiskLines(data, audience);
    case 'learner-perception':
      return perceptionLines(data, audience);
    case 'stakeholder-voice':
      return voiceLines(data, today, audience);
  }
}

const findingSource: Readonly<Record<ImpactRowId, (f: ImpactFinding) => boolean>> = {
  '2.4': (f) => f.rowIds.includes('2.4'),
  '2.5': (f) => f.rowIds.includes('2.5'),
  '2.6': (f) => f.rowIds.includes('2.6'),
  '2.7': (f) => f.severity === 'gap',
};

/** The figures and findings beside maturity rows 2.4–2.7 (quality assurance: the breadth of data and every gap). */
export function rowEvidence(data: ImpactData, variant: ModelVariant, options: FindingOptions): RowEvidence[] {
  const findings = impactFindings(data, options);
  const model = maturityModel(variant);
  return impactRowIds.map((rowId) => ({
    rowId,
    title: findRow(model, rowId)?.title ?? rowId,
    lines:
      rowId === '2.7'
        ? sourcesLines(data)
        : rowSources[rowId].flatMap((s) => sourceLines(s, data, options.today, options.audience)),
    findings: findings.filter(findingSource[rowId]),
  }));
}

