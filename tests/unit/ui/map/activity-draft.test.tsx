import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoActivities, demoYearGroups } from '../../../../src/demo/demo-school';
import { validateActivity } from '../../../../src/domain/validation/activity';
import { activityDraft, activityInput } from '../../../../src/ui/map/activity-draft';
import { CheckboxGroup } from '../../../../src/ui/common/checkbox-group';
import { activityMeta } from '../../../../src/ui/map/activity-card';
import { MapGrid } from '../../../../src/ui/map/map-grid';

const ctx = { yearGroups: demoYearGroups };

describe('the activity form', () => {
  it.each(demoActivities.map((a) => [a.id, a] as const))('%s survives the form unchanged', (_, activity) => {
    expect(validateActivity(activityInput(activityDraft(activity), activity.id), ctx)).toMatchObject({ ok: true, value: activity });
  });

  it('starts a new activity in the cell it was added from', () => {
    expect(activityDraft(undefined, { stage: 'apply-demonstrate', yearGroup: '10' })).toMatchObject({ stage: 'apply-demonstrate', yearGroup: '10' });
  });

  it('asks for the group a targeted activity reaches, and for a category', () => {
    const draft = { ...activityDraft(demoActivities[0]), audience: 'targeted' as const, group: '', categories: [] };
    const result = validateActivity(activityInput(draft, 'x'), ctx);
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual(['audience.group', 'categories']);
  });
});

describe('the map grid', () => {
  const activities = demoActivities.map((value, i) => ({ value, itemId: String(i), eTag: `"e,${i}"` }));
  const render = (canEdit: boolean): string =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <MapGrid yearGroups={demoYearGroups} activities={activities} canEdit={canEdit} onOpen={() => undefined} />
      </FluentProvider>,
    );

  it('names every activity’s categories in words, not colour alone', () => {
    const html = render(false);
    for (const a of demoActivities) expect(html).toContain(activityMeta(a).replace(/&/g, '&amp;').split(' · ')[0]!);
    expect(html).toContain('Employer encounters');
  });

  it('gives a reader text, and an editor a button per activity', () => {
    expect(render(false)).not.toContain('<button');
    expect(render(true).match(/<button/g)).toHaveLength(demoActivities.length);
  });
});

describe('a group of checkboxes', () => {
  it('gives each box its own label, so each label ticks its own box', () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <CheckboxGroup label="Categories" options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} value={['b']} onChange={() => undefined} />
      </FluentProvider>,
    );
    const ids = [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    const targets = [...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
    expect(targets).toEqual(ids);
    expect(html).toContain('<legend');
  });
});
