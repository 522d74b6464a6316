import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { DEMO_AS_OF, demoSchool } from '../../../../src/demo/demo-school';
import type { InstitutionData } from '../../../../src/domain/institution-data';
import { MULTI_LINE_MAX } from '../../../../src/domain/validation/limits';
import { ReportDocument } from '../../../../src/ui/report/report-document';

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
      'Statutory duties and Provider Access Legislation',
      'Maturity snapshot and change since the last review',
      'Provision map: coverage and gaps',
      'Strategic careers plan progress',
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

describe('the board paper on screen', () => {
  const html = render(demoSchool);

  it('has a cover with the school, the date and the period covered', () => {
    expect(html).toContain('Careers education and guidance: report to the governing body</h2>');
    expect(html).toMatch(/<dt[^>]*>Date<\/dt><dd[^>]*>24 November 2026<\/dd>/);
    expect(html).toMatch(/<dt[^>]*>Period covered<\/dt><dd[^>]*>12 November 2025 to 24 November 2026/);
  });

  it('prints each maturity row once, in one table', () => {
    expect(html.match(/<table/g)?.length).toBe(html.match(/<caption/g)?.length);
    expect(html.match(/Each maturity row: the column agreed/g)).toHaveLength(1);
    expect(html.match(/>2\.3 Effective use of recording systems</g)).toHaveLength(1);
  });

  it('keeps the responsibilities and the recommendations apart, and the policy statement’s four contents', () => {
    expect(html).toContain('The five statutory responsibilities, as numbered in');
    expect(html).toContain('good practice, not statutory');
    const contents = html.match(/aria-label="What the policy statement must include, as recorded"[^]*?<\/ul>/)?.[0] ?? '';
    expect(contents.match(/<li/g)).toHaveLength(4);
  });

  it('folds the long parts away on screen, open to begin with, each under a heading', () => {
    const folds = [...html.matchAll(/<details open=""[^>]*><summary[^>]*><h3[^>]*>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(folds).toEqual(expect.arrayContaining(['Maturity rows, as agreed', 'Provider access policy statement', 'Benchmark 8: Personal guidance']));
  });

  it('puts page numbers and a running header in the page margins', () => {
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages)');
    expect(html).toContain('@top-left { content: "Highfield Academy: careers report to the governing body"');
  });
});

describe('a very long value in the report', () => {
  // Written by another client: the app itself never writes more than the limit.
  const vision = 'ж'.repeat(3_000_000);
  const html = render({ ...demoSchool, plan: { ...demoSchool.plan, careersVision: vision } });

  it('renders at most the write limit of it, offers the rest, and says on paper that it is shortened', () => {
    expect(html.split('ж').length - 1).toBeLessThanOrEqual(MULTI_LINE_MAX);
    expect(html).toContain('Show all (3,000,000 characters)');
    expect(html).toContain('(shortened)');
  });
});
