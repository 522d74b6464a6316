import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { demoPlan } from '../../../../src/demo/demo-school';
import { MULTI_LINE_MAX } from '../../../../src/domain/validation/limits';
import { ActionsTable } from '../../../../src/ui/plan/actions-table';

const count = (markup: string, ch: string): number => markup.split(ch).length - 1;

describe('very long values in the plan', () => {
  // Written by another client: the app itself never writes more than the limit.
  const action = { ...demoPlan.actions[0]!, action: 'ж'.repeat(3_000_000), progress: 'ф'.repeat(3_000_000), impactEvidence: 'щ'.repeat(3_000_000), evidenceList: ['ы'.repeat(3_000_000)] };
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ActionsTable
        caption="Actions"
        actions={[{ value: action, itemId: '1', eTag: '"e,1"' }]}
        objectives={[]}
        overdue={new Map()}
        canEdit={false}
        onEdit={() => undefined}
        onRemove={() => undefined}
      />
    </FluentProvider>,
  );

  it('show at most the write limit of the action, its progress, its impact evidence and its evidence list, each with Show all', () => {
    for (const ch of ['ж', 'ф', 'щ', 'ы']) expect(count(html, ch)).toBeLessThanOrEqual(MULTI_LINE_MAX);
    expect(count(html, 'Show all (3,000,000 characters)')).toBe(4);
  });
});
