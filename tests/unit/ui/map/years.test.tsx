import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoActivities, demoProvisionMap, demoYearGroups } from '../../../../src/demo/demo-school';
import { carryActivity } from '../../../../src/domain/years/carry-forward';
import { mapChange } from '../../../../src/domain/years/year-on-year';
import { validateActivity } from '../../../../src/domain/validation/activity';
import { activityDraft, activityInput, confirmedDraft } from '../../../../src/ui/map/activity-draft';
import { MapChangePanel } from '../../../../src/ui/map/map-change';
import { MapGrid } from '../../../../src/ui/map/map-grid';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const text = (markup: string): string => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('activities carried forward', () => {
  const carried = carryActivity(demoActivities[0]!, '2027/28');

  it('are marked "To confirm" in the grid, in words; confirmed ones are not', () => {
    const activities = [carried, demoActivities[1]!].map((value, i) => ({ value, itemId: String(i), eTag: `"e,${i}"` }));
    const markup = text(html(<MapGrid yearGroups={demoYearGroups} activities={activities} canEdit />));
    expect(markup.match(/To confirm/g)).toHaveLength(1);
    expect(markup).toContain(`To confirm ${carried.title}`);
  });

  it('are confirmed by saving them without the mark, and nothing else changes', () => {
    const draft = activityDraft(carried);
    expect(validateActivity(activityInput(draft, carried.id), { yearGroups: demoYearGroups })).toMatchObject({ ok: true, value: { toConfirm: true } });
    const result = validateActivity(activityInput(confirmedDraft(draft), carried.id), { yearGroups: demoYearGroups });
    const { toConfirm: _mark, ...rest } = carried;
    expect(result.ok && result.value).toEqual(rest);
  });
});

describe('the change since the year before', () => {
  it('names dropped and moved activities and shows a changed cell before and after', () => {
    const [dropped, moving, ...others] = demoProvisionMap.activities;
    const after = { ...demoProvisionMap, academicYear: '2027/28' as const, activities: [...others, { ...moving!, yearGroup: moving!.yearGroup === '7' ? '8' : '7' }] };
    const markup = text(html(<MapChangePanel change={mapChange(demoProvisionMap, after)} from="2026/27" yearGroups={demoYearGroups} />));
    expect(markup).toContain('Change since 2026/27');
    expect(markup).toContain(`Dropped (1) ${dropped!.title}`);
    expect(markup).toContain(`Moved (1) ${moving!.title}: Year ${moving!.yearGroup} to Year ${moving!.yearGroup === '7' ? '8' : '7'}`);
    expect(markup).toMatch(/\d → \d/);
  });
});
