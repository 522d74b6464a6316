import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Guidance } from './guidance';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, '& > h2, & > p': { margin: 0 } },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    '& h3, & h4, & p': { margin: 0 },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** Guidance for the cell in hand; announced politely as the selection moves. */
export function GuidanceView(props: { guidance: Guidance }): ReactNode {
  const styles = useStyles();
  const { guidance } = props;
  return (
    <div className={styles.root} aria-live="polite">
      <Subtitle2 as="h2">{guidance.heading}</Subtitle2>
      {guidance.context ? <Body1 as="p">{guidance.context}</Body1> : null}
      {guidance.sections.map((section) => (
        <section key={`${section.id}-${section.title}`} className={styles.section} aria-label={section.title}>
          <Body1 as="h3">
            <strong>{section.title}</strong>
          </Body1>
          {section.paragraphs?.map((p) => (
            <Body1 as="p" key={p}>
              {p}
            </Body1>
          ))}
          {section.items ? <List items={section.items} /> : null}
          {section.groups?.map((g) => (
            <div key={g.heading}>
              <Caption1 as="h4">{g.heading}</Caption1>
              <List items={g.items} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function List(props: { items: readonly string[] }): ReactNode {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {props.items.map((item) => (
        <li key={item}>
          <Body1>{item}</Body1>
        </li>
      ))}
    </ul>
  );
}
