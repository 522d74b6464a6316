import { makeStyles, tokens } from '@fluentui/react-components';

import type { StatutoryDraft } from '../statutory-draft';

export const useFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16em, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
  contents: { gridColumn: '1 / -1', display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** What each group of the form's fields is given: the draft, a way to change it, and the messages by field path. */
export interface FieldGroupProps {
  readonly draft: StatutoryDraft;
  readonly edit: (change: Partial<StatutoryDraft>) => void;
  readonly errors: Readonly<Record<string, string>>;
}
