import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import type { Participant } from '../../../../src/domain/review/types';
import { MULTI_LINE_MAX } from '../../../../src/domain/validation/limits';
import { ReflectionNotes } from '../../../../src/ui/review/meet/reflection-notes';
import { BestFitDetails } from '../../../../src/ui/review/meet/version-card';

const html = (node: ReactNode): string => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const count = (markup: string, ch: string): number => markup.split(ch).length - 1;

// Values another client wrote: the app itself never writes more than the limit.
const huge = (ch: string): string => ch.repeat(3_000_000);
const participants: Participant[] = [{ id: 'p1', displayName: 'Sam Patel' }];

describe('very long values in the meeting', () => {
  it('show at most the write limit of the evidence and next steps, each with Show all', () => {
    const markup = html(
      <BestFitDetails
        fit={{ reviewId: 'r', rowId: '1.1', column: 3, evidence: huge('ж'), evidenceLinks: [], nextSteps: huge('ф'), agreedBy: ['p1'], agreedAt: '2026-11-30T10:00:00Z' }}
        participants={participants}
      />,
    );
    expect(count(markup, 'ж')).toBeLessThanOrEqual(MULTI_LINE_MAX);
    expect(count(markup, 'ф')).toBeLessThanOrEqual(MULTI_LINE_MAX);
    expect(count(markup, 'Show all (3,000,000 characters)')).toBe(2);
  });

  it('show at most the write limit of a reflection note', () => {
    const markup = html(<ReflectionNotes reflections={[{ reviewId: 'r', rowId: '1.1', participantId: 'p1', choice: 2, note: huge('ж') }]} participants={participants} />);
    expect(count(markup, 'ж')).toBeLessThanOrEqual(MULTI_LINE_MAX);
    expect(markup).toContain('Show all (3,000,000 characters)');
  });
});
