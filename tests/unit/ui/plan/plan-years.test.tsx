import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoSchool } from '../../../../src/demo/demo-school';
import { planByYear } from '../../../../src/domain/years/year-on-year';
import { PlanYearsTable } from '../../../../src/ui/plan/plan-years-table';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const text = (markup: string): string => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the plan year on year', () => {
  it('gives each of the demo school’s years its RAG counts, completion and what continued, the year shown marked', () => {
    const plans = [...demoSchool.otherYears!.map((y) => y.plan), demoSchool.plan];
    const markup = html(<PlanYearsTable rows={planByYear(plans)} shown="2025/26" current="2026/27" />);
    const rows = [...markup.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((m) => text(m[1]!).trim());
    expect(rows[0]).toBe('Academic year Actions Red Amber Green Completed Continued into the next year');
    expect(rows[1]).toMatch(/^2024\/25 2 \d \d \d 2 of 2 \(100%\) 0$/);
    expect(rows[2]).toMatch(/^2025\/26 4 \d \d \d 3 of 4 \(75%\) 1$/);
    expect(rows[3]).toMatch(/^2026\/27 \(this year\) \d+ /);
    expect(markup.match(/aria-current="true"/g)).toHaveLength(1);
    expect(markup).toMatch(/aria-current="true"[^>]*>\s*<th[^>]*>2025\/26/);
  });
});
