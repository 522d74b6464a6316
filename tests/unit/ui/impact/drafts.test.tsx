import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoImpact } from '../../../../src/demo/demo-impact';
import { measureTrend, validateDestinations, validateNeetRisk, validatePerception, validateVoice } from '../../../../src/domain/impact';
import type { Versioned } from '../../../../src/shared/versioned';
import {
  destinationsDraft,
  destinationsInput,
  emptyGroup,
  neetRiskDraft,
  neetRiskInput,
  perceptionDraft,
  perceptionInput,
  voiceDraft,
  voiceInput,
} from '../../../../src/ui/impact/drafts';
import { stored } from '../../../../src/ui/impact/records';
import { TrendFigure } from '../../../../src/ui/impact/trend-figure';
import { trendSummary } from '../../../../src/ui/impact/trend-text';

const ctx = { yearGroups: ['7', '8', '9', '10', '11', '12', '13'], currentYear: '2026/27' };
const versioned = <T,>(value: T, n: number): Versioned<T> => ({ value, itemId: String(n), eTag: `"e,${n}"` });

describe('impact drafts', () => {
  it.each(demoImpact.destinations.map((r) => [r.id, r] as const))('destinations %s survive the form unchanged', (_, r) => {
    expect(validateDestinations(destinationsInput(destinationsDraft(r), r.id, r.academicYear), ctx)).toMatchObject({ ok: true, value: r });
  });

  it.each(demoImpact.perception.map((r) => [r.id, r] as const))('survey results %s survive the form unchanged', (_, r) => {
    expect(validatePerception(perceptionInput(perceptionDraft(r), r.id, r.academicYear), ctx)).toMatchObject({ ok: true, value: r });
  });

  it.each(demoImpact.voice.map((r) => [r.id, r] as const))('voice %s survives the form unchanged', (_, r) => {
    expect(validateVoice(voiceInput(voiceDraft(r), r.id, r.academicYear), ctx)).toMatchObject({ ok: true, value: r });
  });

  it.each(demoImpact.neetRisk.map((r) => [r.id, r] as const))('risk of NEET counts %s survive the form unchanged', (_, r) => {
    expect(validateNeetRisk(neetRiskInput(neetRiskDraft(r), r.id, r.academicYear), ctx)).toMatchObject({ ok: true, value: r });
  });

  it('hands risk of NEET counts as typed to the validator: a word or a negative comes back with its message', () => {
    const draft = { ...neetRiskDraft(), yearGroup: '10', date: '2026-01-20', yearGroupSize: 'about 150', flagged: '-2', supported: '0' };
    const result = validateNeetRisk(neetRiskInput(draft, 'n1', '2025/26'), ctx);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['yearGroupSize', 'flagged']);
  });

  it('hands what was typed to the validator, so "twelve" and a blank group come back with messages rather than vanishing', () => {
    const draft = { ...destinationsDraft(), source: 'school' as const, cohort: 'twelve', groups: [emptyGroup()] };
    const result = validateDestinations(destinationsInput(draft, 'd1', '2025/26'), ctx);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`);
    expect(messages).toContain('all.cohort: All leavers: cohort must be a whole number of learners, 0 or more (it is twelve).');
    expect(messages).toContain('groups[0].group: Group is required.');
  });

  it('reads "58%" as 58 and leaves empty areas out', () => {
    const draft = { ...perceptionDraft(), date: '2026-06-19', yearGroup: '9', responses: '61', areas: { 'Self-awareness': '58%', 'Career knowledge and decision-making': ' ' } };
    const result = validatePerception(perceptionInput(draft, 'p1', '2025/26'), ctx);
    expect(result).toMatchObject({ ok: true, value: { areas: [{ area: 'Self-awareness', percentPositive: 58 }] } });
  });
});

describe('the cached records after a save', () => {
  const [a, b] = [versioned('a', 1), versioned('b', 2)];
  it('adds a new record, replaces a changed one in place, and drops one someone deleted', () => {
    expect(stored.replace([a], undefined, b)).toEqual([a, b]);
    expect(stored.replace([a, b], a, versioned('a2', 1))).toEqual([versioned('a2', 1), b]);
    expect(stored.replace([a, b], a, null)).toEqual([b]);
  });
});

describe('a trend as a figure', () => {
  const neet = { kind: 'destinations', cohort: { kind: 'year-11' }, destinations: ['neet'] } as const;

  it('says the trend and the target in words', () => {
    const trend = measureTrend(demoImpact, neet, { audience: 'team', targets: [{ measure: neet, target: 4 }] });
    expect(trendSummary(trend)).toBe('2% in 2023/24, 3% in 2024/25, 5% in 2025/26; target 4%, not met.');
  });

  it('draws no bar for a withheld figure, and its table says “withheld”', () => {
    const send = { ...neet, group: 'ehc-plan' } as const;
    const trend = measureTrend(demoImpact, send, { audience: 'governors' });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <TrendFigure trend={trend} />
      </FluentProvider>,
    );
    expect(trend.points.every((p) => p.figure.suppressed)).toBe(true);
    expect(html).not.toContain('<rect');
    expect(html).toMatch(/<td[^>]*>withheld<\/td>/);
    expect(html).toContain('aria-hidden="true"');
  });
});
