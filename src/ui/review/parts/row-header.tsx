import { Body1, Caption1, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { type ReactNode, useEffect, useRef } from 'react';

import { rowPurpose } from '../../../domain/catalogue';
import type { MaturityRow, MaturityTheme } from '../../../domain/catalogue/types';
import { useMaturityRowText } from '../../common/maturity-model';
import { benchmarksOf, rowName, themeName } from './names';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalM },
  eyebrow: { color: tokens.colorNeutralForeground3 },
  purpose: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  purposeTitle: { fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, outlineOffset: '2px' },
  normal: typographyStyles.subtitle1,
  large: { ...typographyStyles.title3, fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
});

/**
 * A maturity row's theme, number and title, with what the row is for (Appendix 1 of the schools model) as help. The
 * purpose is in the schools model's row text: until it is in, the section waits (suspends), so the help never
 * arrives after the row and pushes its controls down.
 */
export function RowHeader(props: {
  row: MaturityRow;
  theme: MaturityTheme;
  headingId: string;
  /** The heading's level where the row sits in the page. */
  level: 'h1' | 'h2' | 'h3';
  /** The meeting stage shows the heading large. */
  large?: boolean;
  /** Take focus when shown (after the user moved to this row), so keyboard and screen-reader users land here. */
  takeFocus?: boolean;
}): ReactNode {
  const styles = useStyles();
  const purpose = rowPurpose(props.row, useMaturityRowText('schools'));
  const Heading = props.level;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.takeFocus) heading.current?.focus();
  }, [props.takeFocus, props.row.id]);
  return (
    <div className={styles.header}>
      <Caption1 className={styles.eyebrow}>
        {themeName(props.theme)} · {benchmarksOf(props.theme)}
      </Caption1>
      <Heading
        id={props.headingId}
        ref={heading}
        tabIndex={-1}
        className={mergeClasses(styles.heading, props.large ? styles.large : styles.normal)}
      >
        {rowName(props.row)}
      </Heading>
      {purpose ? (
        <Body1 block as="p" className={styles.purpose}>
          <span className={styles.purposeTitle}>
            {purpose.borrowed ? 'What this row is for, in the schools model (the colleges model gives no purpose): ' : 'What this row is for: '}
          </span>
          {purpose.text}
        </Body1>
      ) : null}
    </div>
  );
}
