import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoActivities, demoYearGroups } from '../../../../src/demo/demo-school';
import { MapGrid, VIRTUAL_FROM } from '../../../../src/ui/map/map-grid';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** `n` activities, spread over the demo's stages and year groups as the demo map spreads them. */
const activities = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const a = demoActivities[i % demoActivities.length]!;
    return { value: { ...a, id: `a${i}`, title: `${a.title} ${i}` }, itemId: String(i), eTag: `"e,${i}"` };
  });

describe('the map grid', () => {
  it('draws a school-sized map whole: one row per stage, every card', () => {
    const markup = html(<MapGrid yearGroups={demoYearGroups} activities={activities(VIRTUAL_FROM)} canEdit onOpen={() => undefined} />);
    expect(markup.match(/<button/g)).toHaveLength(VIRTUAL_FROM);
    expect(markup.match(/<th scope="row"/g)).toHaveLength(3);
    expect(markup).not.toContain('aria-rowcount');
  });

  it('draws a very large map a screenful at a time, telling screen readers its full size and each line’s place', () => {
    const markup = html(<MapGrid yearGroups={demoYearGroups} activities={activities(5000)} canEdit onOpen={() => undefined} />);
    const rowCount = Number(/aria-rowcount="(\d+)"/.exec(markup)?.[1]);
    // Each stage takes as many lines as its fullest year group; the header row is the first.
    expect(rowCount).toBeGreaterThan(5000 / demoYearGroups.length / 3);
    expect(markup).toContain(`aria-colcount="${demoYearGroups.length + 1}"`);
    expect(markup).toContain('aria-rowindex="1"');
    expect(markup).toContain('aria-rowindex="2"');
    const cards = markup.match(/<button/g)?.length ?? 0;
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThan(200);
    // Every line is headed by its stage, for a screen reader moving down a column.
    const lines = markup.match(/<tr [^>]*aria-rowindex="\d+"/g)!.length - 1;
    expect(markup.match(/<th scope="row"[^>]*>(<span[^>]*>)?(Introduce and Inspire|Investigate and Explore|Apply and Demonstrate)/g)).toHaveLength(lines);
  });
});
