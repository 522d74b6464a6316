import { describe, expect, it } from 'vitest';

import { MULTI_LINE_MAX, SINGLE_LINE_MAX, URL_MAX } from '../../../../src/domain/validation/limits';
import { LIST_NAMES, PER_YEAR_LISTS, SCHEMA_VERSION, waypointSchema } from '../../../../src/data/schema';
import { toColumnDefinition } from '../../../../src/data/schema/column-definition';

describe('the lists Waypoint provisions', () => {
  it('are the lists a page looks for by name, each list once, in the order provisioning creates them', () => {
    expect(waypointSchema.lists.map((l) => [l.key, l.displayName])).toEqual(Object.entries(LIST_NAMES));
    expect(waypointSchema.lists[0]?.key).toBe('settings');
  });

  it('all carry an indexed, unique WaypointKey', () => {
    for (const list of waypointSchema.lists) {
      expect(list.columns.find((c) => c.name === 'WaypointKey'), list.displayName).toMatchObject({ indexed: true, unique: true });
    }
  });

  it('index exactly the columns the app filters on', () => {
    const indexed = waypointSchema.lists.flatMap((l) => l.columns.filter((c) => c.indexed && c.name !== 'WaypointKey').map((c) => `${l.key}.${c.name}`));
    const years = PER_YEAR_LISTS.map((l) => `${l}.AcademicYear`);
    expect(indexed.sort()).toEqual(['bestFits.ReviewId', 'reflections.ReviewId', ...years].sort());
  });

  it('use PascalCase internal names, unique per list, and the shared text limits', () => {
    for (const list of waypointSchema.lists) {
      const names = list.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const c of list.columns) {
        expect(c.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
        if (c.type.kind === 'text') expect([SINGLE_LINE_MAX, URL_MAX, 7, 10, 16, 40]).toContain(c.type.maxLength);
        if (c.type.kind === 'note') expect(c.type.maxLength).toBe(MULTI_LINE_MAX);
        expect(c.why.length).toBeGreaterThan(3);
      }
    }
  });

  it('become Graph column definitions with exactly one type facet', () => {
    for (const c of waypointSchema.lists.flatMap((l) => l.columns)) {
      const def = toColumnDefinition(c) as Record<string, unknown>;
      const facets = ['text', 'number', 'boolean', 'choice'].filter((f) => def[f] !== undefined);
      expect(facets, c.name).toHaveLength(1);
    }
    expect(SCHEMA_VERSION).toBe(waypointSchema.version);
  });

  it("store an activity's categories, outcomes and benchmarks in multi-select choice columns that allow fill-in values", () => {
    const activities = waypointSchema.lists.find((l) => l.key === 'activities')!;
    for (const name of ['CategoryChoices', 'OutcomeChoices', 'BenchmarkChoices']) {
      const def = toColumnDefinition(activities.columns.find((c) => c.name === name)!);
      expect(def.choice, name).toMatchObject({ allowTextEntry: true, displayAs: 'checkBoxes' });
      // Only the choiceColumn resource's documented properties are sent (no allowMultipleValues: that is a lookup's).
      expect(Object.keys(def.choice ?? {}).sort(), name).toEqual(['allowTextEntry', 'choices', 'displayAs']);
      expect(def.choice?.choices?.length, name).toBeGreaterThan(0);
    }
  });
});
