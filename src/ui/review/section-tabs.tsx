import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { type Section, sections } from './sections';

const useStyles = makeStyles({
  // Wraps rather than hides a section in the narrow meeting side panel.
  sections: { flexWrap: 'wrap', '@media print': { display: 'none' } },
});

/** The open review's sections as tabs; the chosen one is shown in the tab panel below them. */
export function SectionTabs(props: { section: Section; onSection: (section: Section) => void }): ReactNode {
  const styles = useStyles();
  return (
    <TabList
      className={styles.sections}
      selectedValue={props.section}
      onTabSelect={(_, data) => props.onSection(data.value as Section)}
      aria-label="Review sections"
    >
      {sections.map((s) => (
        <Tab key={s.id} value={s.id}>
          {s.name}
        </Tab>
      ))}
    </TabList>
  );
}
