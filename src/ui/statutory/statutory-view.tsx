import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';

import { type AcademicYear, academicYearBounds } from '../../domain/academic-year';
import { governorsGuideTitle, statutoryResponsibilitiesLead } from '../../domain/catalogue/statutory';
import { dutyDetails, dutyLinks } from '../../domain/report';
import { statutoryChecklist } from '../../domain/statutory/checklist';
import type { StatutoryRecord } from '../../domain/statutory/types';
import { DutyChecklist } from '../common/duty-checklist';
import { YearGate } from '../common/year-gate';
import { useAcademicYearParam } from '../common/year-picker';
import type { LoadedStatutory } from './data/port';
import { useStatutoryData, useStatutoryQuery, useStatutoryYears, useUpdateStatutory } from './data/queries';
import { emptyStatutoryRecord } from './statutory-draft';
import { StatutoryForm } from './statutory-form';
import type { Versioned } from '../../shared/versioned';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The statutory duties record: each duty met, partly met or not met with what is missing; editors change it. */
export function StatutoryView(props: { canEdit: boolean; today: string }): ReactNode {
  const [year, setYear] = useAcademicYearParam();
  return (
    <YearGate year={year} onYearChange={setYear} years={useStatutoryYears().data} query={useStatutoryQuery(year)} loading="Loading the statutory duties record…" failed="The record could not be loaded">
      {(loaded) => <LoadedStatutoryView key={year} {...props} year={year} loaded={loaded} />}
    </YearGate>
  );
}

function LoadedStatutoryView(props: { canEdit: boolean; today: string; year: AcademicYear; loaded: LoadedStatutory }): ReactNode {
  const styles = useStyles();
  const data = useStatutoryData();
  const { year } = props;
  const update = useUpdateStatutory(year);
  const { institution, map, record: stored } = props.loaded;
  const setStored = (record: Versioned<StatutoryRecord> | null): void => update((l) => ({ ...l, record }));
  const [editing, setEditing] = useState(false);
  const record = stored?.value ?? { ...emptyStatutoryRecord(institution.id), academicYear: year };
  // A past year is judged as at its end, so a review date that fell after it is not called missed.
  const end = academicYearBounds(year).end;
  const checks = statutoryChecklist({ record, map, strategic: props.loaded.strategic, today: end < props.today ? end : props.today });
  return (
    <section className={styles.view} aria-labelledby="statutory-heading">
      <Subtitle1 as="h2" id="statutory-heading">
        Statutory duties record, {year}
      </Subtitle1>
      <Body1 as="p">
        “{statutoryResponsibilitiesLead}” ({governorsGuideTitle}). The five responsibilities are numbered as the guide numbers
        them; the guide&apos;s recommendations follow, marked as such. The provider access legislation&apos;s encounters are counted
        from the provision map, and the fifth responsibility from the strategic careers plan and the internal leadership reviews.
      </Body1>
      {editing ? (
        <StatutoryForm
          record={record}
          version={stored}
          save={(r, basedOn) => data.save(r, basedOn, year)}
          onSaved={(saved) => {
            setStored(saved);
            setEditing(false);
          }}
          onTheirs={(theirs) => {
            setStored(theirs);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <DutyChecklist
            checks={checks}
            details={dutyDetails(record, props.loaded.strategic)}
            links={dutyLinks(record)}
            caption="Statutory responsibilities and recommendations"
            showRequirement
          />
          {props.canEdit ? (
            <div>
              <Button icon={<EditRegular />} onClick={() => setEditing(true)}>
                Change the record
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
