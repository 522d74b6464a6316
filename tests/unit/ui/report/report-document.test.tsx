import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { DEMO_AS_OF, demoSchool } from '../../../../src/demo/demo-school';
import type { InstitutionData } from '../../../../src/domain/institution-data';
import { governorsReport } from '../../../../src/domain/report';
import { summaryLines } from '../../../../src/ui/report/report-summary';
import { ReportDocument } from '../../../../src/ui/report/report-view';

const render = (data: InstitutionData): string =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ReportDocument data={data} today={DEMO_AS_OF} onRefresh={() => undefined} />
    </FluentProvider>,
  );

describe('the governors’ report document', () => {
  const html = render(demoSchool);

  it('has every section, in order', () => {
    const headings = [
      'Summary',
      'Maturity snapshot and change since the last review',
      'Provision map',
      'Strategic careers plan progress',
      'Statutory duties',
      'Key strategic questions',
      'Prompt questions for each benchmark',
    ];
    const at = headings.map((h) => html.indexOf(`>${h}</h2>`));
    expect(at.every((i) => i > 0), headings.filter((_, i) => at[i]! < 0).join()).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('offers printing but no way to change anything', () => {
    const buttons = [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(buttons).toEqual(['Print or save as PDF', 'Refresh']);
    expect(html).not.toMatch(/<(input|textarea|select)\b/);
  });

  it('shows each benchmark’s prompt questions', () => {
    for (let b = 1; b <= 8; b++) expect(html).toContain(`Benchmark ${b}: `);
    expect(html).toContain('What evidence is there, that each and every learner has a meaningful encounter with an employer every year');
  });
});

describe('people’s text in the report', () => {
  const script = '<script>alert(1)</script>';
  const img = '<img src=x onerror=alert(1)>';
  const data: InstitutionData = {
    ...demoSchool,
    statutory: {
      ...demoSchool.statutory,
      linkGovernor: { name: img },
      publishedInformation: { ...demoSchool.statutory.publishedInformation, url: 'javascript:alert(1)' },
    },
    plan: {
      ...demoSchool.plan,
      institutionVision: script,
      actions: demoSchool.plan.actions.map((a) => (a.id === 'act-publish-impact-statement' ? { ...a, action: `${script} publish` } : a)),
    },
    provisionMap: {
      ...demoSchool.provisionMap,
      activities: [...demoSchool.provisionMap.activities, { ...demoSchool.provisionMap.activities[0]!, id: 'x', title: img, yearGroup: '8' }],
    },
  };
  const html = render(data);

  it('is escaped text, never mark-up', () => {
    expect(html).not.toContain(script);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<img\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never links an address that is not a web address', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('javascript:alert(1)');
  });
});

describe('summaryLines', () => {
  it('puts the board’s first facts in words, gaps marked', () => {
    const lines = summaryLines(governorsReport(demoSchool, DEMO_AS_OF));
    expect(lines).toContainEqual({ text: 'Statutory responsibilities: 3 met, 2 partly met, 0 not met.', tone: 'gap' });
    expect(lines).toContainEqual({ text: '1 action is overdue.', tone: 'gap' });
    expect(lines[0]?.text).toBe('Latest internal leadership review agreed on 11 November 2026: 7 rows up, 2 down since 12 November 2025.');
  });
});
