import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { ConflictChoice } from '../../../../src/ui/common/conflict-choice';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const noop = (): void => undefined;
const order = (markup: string, words: string[]): number[] => words.map((w) => markup.indexOf(w));

describe('the one conflict view', () => {
  it('shows theirs then mine, and offers to keep either (a dialog)', () => {
    const markup = html(
      <ConflictChoice what="this action" theirs={[['Progress', 'Rooms booked']]} mine={[['Progress', 'Speakers confirmed']]} onKeepTheirs={noop} onKeepMine={noop} />,
    );
    expect(markup).toContain('Someone else changed this action while you were editing it.');
    const [theirs, mine] = order(markup, ['Rooms booked', 'Speakers confirmed']);
    expect(theirs).toBeLessThan(mine!);
    expect(markup).toContain('Keep theirs');
    expect(markup).not.toContain('Combine');
  });

  it('offers to combine the two where the form can (the meeting’s best fit), under its own heading', () => {
    const markup = html(
      <ConflictChoice
        what="this best fit"
        heading={{ text: 'Two versions of this best fit', level: 'h4' }}
        theirs={null}
        mine={[['Evidence', 'Pupils can describe it.']]}
        words={{ deleted: "Deleted: someone removed this row's best fit." }}
        onKeepTheirs={noop}
        onKeepMine={noop}
        onCombine={noop}
      />,
    );
    expect(markup).toMatch(/<h4[^>]*>Two versions of this best fit<\/h4>/);
    expect(markup).toContain('Deleted: someone removed this row&#x27;s best fit.');
    expect(markup).toContain('Combine');
  });

  it('puts the workbook first in the Excel pane, in its own words', () => {
    const markup = html(
      <ConflictChoice
        what="Careers fair"
        theirs={[['Title', 'On the site']]}
        mine={[['Title', 'In the workbook']]}
        words={{ mine: 'In this workbook', theirs: 'On the team’s site', keepMine: 'Keep the workbook’s', keepTheirs: 'Take the site’s' }}
        mineFirst
        takeFocus={false}
        onKeepTheirs={noop}
        onKeepMine={noop}
      />,
    );
    const [mine, theirs, keepMine, keepTheirs] = order(markup, ['In the workbook', 'On the site', 'Keep the workbook’s', 'Take the site’s']);
    expect(mine).toBeLessThan(theirs!);
    expect(keepMine).toBeLessThan(keepTheirs!);
  });
});
