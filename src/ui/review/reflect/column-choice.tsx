import { Field, makeStyles, mergeClasses, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { rowText } from '../../../domain/catalogue';
import type { MaturityRow } from '../../../domain/catalogue/types';
import type { ReflectionChoice } from '../../../domain/review/types';
import { useMaturityRowText } from '../../common/maturity-model';
import { DescriptorText } from '../parts/descriptor';
import { COLUMNS, columnName, rowName } from '../parts/names';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
  },
  chosen: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
    // Forced colours replace the brand colours: the system's highlight marks the chosen column instead.
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThicker} solid Highlight` },
  },
  radioLabel: { fontWeight: tokens.fontWeightSemibold },
});

const choiceValue = (choice: ReflectionChoice | undefined): string => (choice === undefined ? '' : String(choice));
const choiceFrom = (value: string): ReflectionChoice => (value === 'not-sure' ? 'not-sure' : (Number(value) as ReflectionChoice));

/**
 * The four column descriptors side by side, each with its radio button (so arrow keys move between columns), and "not
 * sure". Until its model's row text is in, the section waits (suspends): no radio button appears and then moves.
 */
export function ColumnChoice(props: {
  row: MaturityRow;
  choice: ReflectionChoice | undefined;
  canEdit: boolean;
  onChoose: (choice: ReflectionChoice) => void;
}): ReactNode {
  const styles = useStyles();
  const { descriptors } = rowText(useMaturityRowText(props.row.variant), props.row);
  const choose = props.onChoose;
  return (
    <Field label={`Your reflection on ${rowName(props.row)}: which column best fits what is typically and consistently in place?`}>
      <RadioGroup value={choiceValue(props.choice)} onChange={(_, data) => choose(choiceFrom(data.value))} disabled={!props.canEdit}>
        <div className={styles.columns}>
          {COLUMNS.map((column) => (
            <div
              key={column}
              className={mergeClasses(styles.column, props.choice === column && styles.chosen)}
              onClick={() => choose(column)}
            >
              <Radio value={String(column)} label={<span className={styles.radioLabel}>{columnName(column)}</span>} />
              <DescriptorText descriptor={descriptors[column - 1]!} />
            </div>
          ))}
        </div>
        <Radio value="not-sure" label="Not sure" />
      </RadioGroup>
    </Field>
  );
}
