import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { templateColumns } from '../../provision-template/columns';
import type { RowProblem } from '../../provision-template/read-rows';

/** Long lists are cut here: the first rows say what to fix; the count says how much. */
const SHOWN = 50;

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '320px', overflowY: 'auto' } });

export const problemText = (p: RowProblem): string => {
  const header = templateColumns.find((c) => c.id === p.column)?.header;
  const where = p.rowNumber !== undefined ? `Row ${p.rowNumber}${header ? `, ${header}` : ''}: ` : '';
  return `${where}${p.message}`;
};

/** Rows that stop a publish, refresh or import, each with its row number and reason. */
export function ProblemList(props: { problems: readonly RowProblem[]; action: string }): ReactNode {
  const styles = useStyles();
  const { problems } = props;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {problems.length === 1 ? '1 problem' : `${problems.length.toLocaleString('en-GB')} problems`} to fix first
        </MessageBarTitle>
        <Body1 as="p">Nothing has been {props.action}. Fix these, then try again.</Body1>
        <ul className={styles.list} aria-label="Problems to fix">
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
        {problems.length > SHOWN ? <Body1 as="p">…and {(problems.length - SHOWN).toLocaleString('en-GB')} more.</Body1> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
