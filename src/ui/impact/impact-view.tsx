import { makeStyles, Subtitle2, Tab, TabList, tokens } from '@fluentui/react-components';
import { type ReactNode, useId, useState } from 'react';

import type { ImpactValidationContext } from '../../domain/impact';
import { QueryGate } from '../common/query-gate';
import { useQueryParam } from '../common/url-state';
import { thisAcademicYear, useAcademicYearParam, YearPicker } from '../common/year-picker';
import type { ImpactRecords, LoadedImpact } from './data/port';
import { useImpactQuery, useUpdateImpact } from './data/queries';
import { FindingsByKind } from './findings-by-kind';
import { ImpactIntro } from './impact-intro';
import { ImportSection } from './import-section';
import { type Editing, type ImpactKind, impactKinds, kindWords } from './kinds';
import { RecordEditor } from './record-editor';
import { stored } from './records';
import { TrendsSection } from './trends-section';
import { useImpactFigures } from './use-impact-figures';
import { YearRecords } from './year-records';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // The tabs wrap onto a second line in a narrow window rather than running off its edge.
  tabs: { flexWrap: 'wrap', '@media print': { display: 'none' } },
});

type Section = ImpactKind | 'import';
const isSection = (s: string | null, canEdit: boolean): s is Section =>
  (impactKinds as readonly (string | null)[]).includes(s) || (canEdit && s === 'import');

/**
 * The evidence of impact Activity 3 of the Careers Learning Journeys guidance asks for: destinations, learner
 * perception, stakeholder voice and risk of NEET, recorded per academic year, with what they say and their trends.
 */
export function ImpactView(props: { canEdit: boolean; today: string }): ReactNode {
  return (
    <QueryGate query={useImpactQuery()} loading="Loading the impact figures…" failed="The impact figures could not be loaded">
      {(loaded) => <LoadedImpactView {...props} loaded={loaded} />}
    </QueryGate>
  );
}

/** What the figures say first; then one kind of evidence at a time (its year's records and its trends), or the import. */
function LoadedImpactView(props: { canEdit: boolean; today: string; loaded: LoadedImpact }): ReactNode {
  const styles = useStyles();
  const update = useUpdateImpact();
  const [year, setYear] = useAcademicYearParam();
  const [param, setSection] = useQueryParam('section');
  const section: Section = isSection(param, props.canEdit) ? param : 'destinations';
  const [editing, setEditing] = useState<Editing>();
  const tabsId = useId();
  const { institution, records } = props.loaded;
  const context: ImpactValidationContext = { yearGroups: institution.yearGroups, currentYear: thisAcademicYear() };
  const { findings, years, trends } = useImpactFigures(props.loaded, props.today);
  const change = (edit: (r: ImpactRecords) => ImpactRecords): void => update((l) => ({ ...l, records: edit(l.records) }));
  const sections: readonly Section[] = props.canEdit ? [...impactKinds, 'import'] : impactKinds;
  const title = (s: Section): string => (s === 'import' ? 'Import from a file' : kindWords[s].title);

  return (
    <div className={styles.view}>
      <ImpactIntro />
      <section className={styles.section} aria-labelledby="impact-findings">
        <Subtitle2 as="h3" id="impact-findings">
          What the figures say
        </Subtitle2>
        <FindingsByKind findings={findings} />
      </section>
      <TabList
        className={styles.tabs}
        selectedValue={section}
        onTabSelect={(_, d) => setSection(d.value === 'destinations' ? null : String(d.value))}
        aria-label="Kinds of evidence"
      >
        {sections.map((s) => (
          <Tab key={s} value={s} id={`${tabsId}-${s}`}>
            {title(s)}
          </Tab>
        ))}
      </TabList>
      <section className={styles.section} role="tabpanel" aria-labelledby={`${tabsId}-${section}`}>
        <Subtitle2 as="h3">{title(section)}</Subtitle2>
        {section === 'import' ? (
          <ImportSection context={context} onImported={(outcome) => change((r) => stored.concat(r, outcome.saved))} />
        ) : (
          <>
            <YearPicker year={year} onChange={setYear} years={years} />
            <YearRecords kind={section} year={year} records={records} canEdit={props.canEdit} onEdit={setEditing} />
            <Subtitle2 as="h4">Trends over the years</Subtitle2>
            <TrendsSection trends={trends} measures={kindWords[section].measures} />
          </>
        )}
      </section>
      {editing ? <RecordEditor editing={editing} year={year} context={context} change={change} onClose={() => setEditing(undefined)} /> : null}
    </div>
  );
}
