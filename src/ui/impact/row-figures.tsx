import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useId, useMemo } from 'react';

import { type ImpactRowId, impactRowIds, rowEvidence } from '../../domain/impact';
import { ToneLine } from '../common/tone';
import { useImpactQuery } from './data/queries';
import { FindingsList } from './findings-list';
import { plainRecords } from './records';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalXS },
});

const isImpactRow = (rowId: string): rowId is ImpactRowId => (impactRowIds as readonly string[]).includes(rowId);

/**
 * The recorded figures beside maturity rows 2.4–2.7 (careers impact evaluation), while reflecting and in the
 * meeting: suggested evidence, not a verdict. Nothing for any other row.
 */
export function ImpactRowFigures(props: { rowId: string; today: string }): ReactNode {
  return isImpactRow(props.rowId) ? <Figures rowId={props.rowId} today={props.today} /> : null;
}

function Figures(props: { rowId: ImpactRowId; today: string }): ReactNode {
  const styles = useStyles();
  const headingId = useId();
  const query = useImpactQuery();
  const loaded = query.data;
  const evidence = useMemo(() => {
    if (!loaded) return undefined;
    const { institution, targets } = loaded;
    const options = { today: props.today, audience: 'team' as const, targets, yearGroups: institution.yearGroups };
    return rowEvidence(plainRecords(loaded.records), institution.variant, options).find((e) => e.rowId === props.rowId);
  }, [loaded, props.today, props.rowId]);
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId}>
        Recorded figures for this row
      </Subtitle2>
      {query.isPending ? <Caption1>Loading the recorded figures…</Caption1> : null}
      {query.isError ? <Body1 as="p">The recorded figures could not be loaded; the Impact view has them.</Body1> : null}
      {evidence ? (
        <>
          <Caption1>Suggested evidence from the Impact view: the figures as recorded, to weigh with everything else.</Caption1>
          <ul className={styles.list} aria-label="Figures">
            {evidence.lines.map((l) => (
              <ToneLine key={l.text} tone={l.tone}>
                {l.text}
              </ToneLine>
            ))}
          </ul>
          {evidence.findings.length ? <FindingsList findings={evidence.findings} label="What the figures say" empty="" /> : null}
        </>
      ) : null}
    </section>
  );
}
