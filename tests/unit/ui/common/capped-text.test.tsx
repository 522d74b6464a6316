import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MULTI_LINE_MAX } from '../../../../src/domain/validation/limits';
import { CappedText, CappedTextView, cappedPart } from '../../../../src/ui/common/capped-text';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const count = (markup: string, ch: string): number => markup.split(ch).length - 1;

describe('capped text', () => {
  // A character that appears nowhere in Fluent's markup, so counting it counts the value.
  const huge = 'ж'.repeat(3_000_000);

  it('renders at most the write limit of a 3,000,000-character value, and offers the rest', () => {
    const markup = html(<CappedText text={huge} />);
    expect(count(markup, 'ж')).toBeLessThanOrEqual(MULTI_LINE_MAX);
    expect(count(markup, 'ж')).toBeGreaterThan(MULTI_LINE_MAX - 10);
    expect(markup).toMatch(/<button[^>]*>Show all \(3,000,000 characters\)<\/button>/);
    expect(markup).toContain('(shortened)');
  });

  it('once "Show all" is chosen, shows the whole value', () => {
    const markup = html(<CappedTextView text={huge} expanded onShowAll={() => undefined} />);
    expect(count(markup, 'ж')).toBe(3_000_000);
    expect(markup).not.toContain('Show all');
  });

  it('shows a value within the limit whole, line breaks and all, with no button', () => {
    const text = 'First line\nsecond line';
    expect(html(<CappedText text={text} />)).toContain(text);
    expect(html(<CappedText text={'y'.repeat(MULTI_LINE_MAX)} />)).not.toContain('<button');
  });

  it('never splits a character made of two code units', () => {
    const text = 'a'.repeat(MULTI_LINE_MAX - 1) + '😀' + 'b';
    expect(cappedPart(text)).toBe('a'.repeat(MULTI_LINE_MAX - 1));
  });
});
