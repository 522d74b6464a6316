import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';

import { findRow, maturityModel } from '../../../../src/domain/catalogue';
import { collegesRowText } from '../../../../src/domain/catalogue/maturity-colleges-text';
import { schoolsRowText } from '../../../../src/domain/catalogue/maturity-schools-text';
import type { DescriptorBlock, MaturityRow } from '../../../../src/domain/catalogue/types';
import { ColumnDescriptors } from '../../../../src/ui/review/meet/column-descriptors';
import { RowHeader } from '../../../../src/ui/review/parts/row-header';
import { ColumnChoice } from '../../../../src/ui/review/reflect/column-choice';

// The rows' text is fetched apart from the outline; until it is in, the section shows its loading state.
const inSection = (node: ReactNode): ReactNode => (
  <FluentProvider theme={webLightTheme}>
    <Suspense fallback={<p>Opening the section</p>}>{node}</Suspense>
  </FluentProvider>
);
/** What a person sees at once: the fallback of anything still loading. */
const atOnce = (node: ReactNode): string => renderToStaticMarkup(inSection(node));
/** What a person sees once everything has loaded: rendered again after a render that waits for it all. */
const loaded = async (node: ReactNode): Promise<string> => {
  await prerender(inSection(node));
  return atOnce(node);
};

const schoolsRow = (id: string): MaturityRow => findRow(maturityModel('schools'), id)!;
const collegesRow = (id: string): MaturityRow => findRow(maturityModel('colleges'), id)!;
const themeOf = (row: MaturityRow) => maturityModel(row.variant).themes.find((t) => t.id === row.themeId)!;
const firstText = (block: DescriptorBlock | undefined): string => (block?.kind === 'paragraph' ? block.text : (block?.items[0] ?? ''));
const escaped = (text: string): string => renderToStaticMarkup(<>{text}</>);

describe("a maturity row's text, loaded apart from the outline", () => {
  // First, while nothing is loaded: this file's later tests find the text already in.
  it('waits with the section while the text is loading: no radio button or purpose shows before it', () => {
    const row = schoolsRow('2.3');
    const choice = atOnce(<ColumnChoice row={row} choice={undefined} canEdit onChoose={() => undefined} />);
    expect(choice).toContain('Opening the section');
    expect(choice).not.toContain('type="radio"');
    const header = atOnce(<RowHeader row={row} theme={themeOf(row)} headingId="h" level="h3" />);
    expect(header).toContain('Opening the section');
    expect(header).not.toContain('Effective use of recording systems');
  });

  it("shows a schools row's four descriptors beside its radio buttons, and its own purpose", async () => {
    const row = schoolsRow('2.3');
    const choice = await loaded(<ColumnChoice row={row} choice={undefined} canEdit onChoose={() => undefined} />);
    expect(choice).not.toContain('Opening the section');
    expect(choice.match(/type="radio"/g)).toHaveLength(5);
    for (const descriptor of schoolsRowText['2.3']!.descriptors) expect(choice).toContain(escaped(firstText(descriptor[0])));

    const header = await loaded(<RowHeader row={row} theme={themeOf(row)} headingId="h" level="h3" />);
    expect(header).toContain('What this row is for: </span>' + escaped(schoolsRowText['2.3']!.purpose!));
  });

  it("shows a colleges row's own descriptors, not the schools row's of the same number", async () => {
    const row = collegesRow('4.4');
    const markup = await loaded(<ColumnDescriptors row={row} headingLevel="h4" />);
    for (const descriptor of collegesRowText['4.4']!.descriptors) expect(markup).toContain(escaped(firstText(descriptor[0])));
    expect(markup).not.toContain(escaped(firstText(schoolsRowText['4.4']!.descriptors[0][0])));
  });

  it("lends a colleges row the schools row's purpose, saying whose it is, and none where the row is the colleges' own", async () => {
    const same = collegesRow('1.2');
    const borrowed = await loaded(<RowHeader row={same} theme={themeOf(same)} headingId="h" level="h3" />);
    expect(borrowed).toContain('in the schools model (the colleges model gives no purpose)');
    expect(borrowed).toContain(escaped(schoolsRowText['1.2']!.purpose!));

    const own = collegesRow('4.5');
    const none = await loaded(<RowHeader row={own} theme={themeOf(own)} headingId="h" level="h3" />);
    expect(none).toContain(escaped(own.title));
    expect(none).not.toContain('What this row is for');
  });
});
