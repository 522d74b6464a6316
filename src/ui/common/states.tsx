import { Body1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  loading: { padding: tokens.spacingVerticalXXL },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** A spinner with words, announced politely to screen readers. */
export function Loading(props: { label: string }): ReactNode {
  return (
    <div className={useStyles().loading} role="status">
      <Spinner size="small" label={props.label} labelPosition="after" />
    </div>
  );
}

/** What to show when there is nothing yet, with the next step to take. */
export function EmptyState(props: { title: string; children?: ReactNode; action?: ReactNode }): ReactNode {
  return (
    <div className={useStyles().empty}>
      <Subtitle2 block as="h2">{props.title}</Subtitle2>
      {props.children ? <Body1 block as="p">{props.children}</Body1> : null}
      {props.action}
    </div>
  );
}
