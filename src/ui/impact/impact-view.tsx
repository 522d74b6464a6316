import { Body1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useMemo, useState } from 'react';

import { impactFindings, impactTrends, type ImpactValidationContext } from '../../domain/impact';
import { QueryGate } from '../common/query-gate';
import { thisAcademicYear, useAcademicYearParam, YearPicker } from '../common/year-picker';
import type { ImpactRecords, LoadedImpact } from './data/port';
import { useImpactData, useImpactQuery, useUpdateImpact } from './data/queries';
import { DestinationsDialog } from './destinations-dialog';
import { FindingsList } from './findings-list';
import { ImportSection } from './import-section';
import { plainRecords, stored } from './records';
import { PerceptionDialog } from './perception-dialog';
import { TrendsSection } from './trends-section';
import { VoiceDialog } from './voice-dialog';
import { type Editing, YearRecords } from './year-records';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  picker: { maxWidth: '20rem' },
});

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

function LoadedImpactView(props: { canEdit: boolean; today: string; loaded: LoadedImpact }): ReactNode {
  const styles = useStyles();
  const data = useImpactData();
  const update = useUpdateImpact();
  const [year, setYear] = useAcademicYearParam();
  const [editing, setEditing] = useState<Editing>();
  const { institution, records, targets } = props.loaded;
  const context: ImpactValidationContext = { yearGroups: institution.yearGroups, currentYear: thisAcademicYear() };
  const plain = useMemo(() => plainRecords(records), [records]);
  const { yearGroups } = institution;
  const findings = useMemo(() => impactFindings(plain, { today: props.today, audience: 'team', targets, yearGroups }), [plain, props.today, targets, yearGroups]);
  const trends = useMemo(() => impactTrends(plain, { audience: 'team', targets }), [plain, targets]);
  const change = (edit: (r: ImpactRecords) => ImpactRecords): void => update((l) => ({ ...l, records: edit(l.records) }));
  const close = (): void => setEditing(undefined);

  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="impact-heading">
        <Subtitle1 as="h2" id="impact-heading">
          Impact: destinations, learner perception and stakeholder voice
        </Subtitle1>
        <Body1 as="p">
          The data that keeps the careers provision responsive, and the evidence for maturity rows 2.4 to 2.7. Waypoint keeps figures
          only — counts and percentages for groups of learners — in the team&apos;s own SharePoint site, never a record about an
          individual learner. Governors see them with small numbers hidden.
        </Body1>
      </section>
      <section className={styles.section} aria-labelledby="impact-findings">
        <Subtitle2 as="h3" id="impact-findings">
          What the figures say
        </Subtitle2>
        <FindingsList findings={findings} label="What the figures say" empty="Nothing to point out yet: record some figures first." />
      </section>
      <section className={styles.section} aria-labelledby="impact-year">
        <Subtitle2 as="h3" id="impact-year">
          Figures for {year}
        </Subtitle2>
        <div className={styles.picker}>
          <YearPicker year={year} onChange={setYear} />
        </div>
        <YearRecords year={year} records={records} canEdit={props.canEdit} onEdit={setEditing} />
      </section>
      <section className={styles.section} aria-labelledby="impact-trends">
        <Subtitle2 as="h3" id="impact-trends">
          Trends over the years
        </Subtitle2>
        <TrendsSection trends={trends} />
      </section>
      {props.canEdit ? (
        <section className={styles.section} aria-labelledby="impact-import">
          <Subtitle2 as="h3" id="impact-import">
            Import from a file
          </Subtitle2>
          <ImportSection context={context} onImported={(outcome) => change((r) => stored.concat(r, outcome.saved))} />
        </section>
      ) : null}
      {editing?.kind === 'destinations' ? (
        <DestinationsDialog
          year={year}
          context={context}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.saveDestinations}
          onStored={(s) => change((r) => ({ ...r, destinations: stored.replace(r.destinations, editing.existing, s) }))}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'perception' ? (
        <PerceptionDialog
          year={year}
          context={context}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.savePerception}
          onStored={(s) => change((r) => ({ ...r, perception: stored.replace(r.perception, editing.existing, s) }))}
          onClose={close}
        />
      ) : null}
      {editing?.kind === 'voice' ? (
        <VoiceDialog
          year={year}
          context={context}
          {...(editing.existing ? { existing: editing.existing } : {})}
          save={data.saveVoice}
          onStored={(s) => change((r) => ({ ...r, voice: stored.replace(r.voice, editing.existing, s) }))}
          onClose={close}
        />
      ) : null}
    </div>
  );
}

