import { Field, Select } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { stages, type Term, terms } from '../../domain/catalogue/provision';
import type { StageId } from '../../domain/catalogue/types';
import { yearLabel } from '../../domain/provision-map/labels';
import type { ActivityFieldsProps } from './activity-draft';

/** Where an activity sits in the map: its stage, year group and term (the grid's row, column and the term within). */
export function ActivityPlaceFields(props: ActivityFieldsProps): ReactNode {
  const { draft, edit, errors } = props;
  return (
    <>
      <Field label="Stage" required validationMessage={errors.stage}>
        <Select value={draft.stage} onChange={(_, d) => edit({ stage: d.value as StageId | '' })}>
          <option value="">Choose a stage</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Year group" required validationMessage={errors.yearGroup}>
        <Select value={draft.yearGroup} onChange={(_, d) => edit({ yearGroup: d.value })}>
          <option value="">Choose a year group</option>
          {props.yearGroups.map((y) => (
            <option key={y} value={y}>
              {yearLabel(y)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Term" required validationMessage={errors.term}>
        <Select value={draft.term} onChange={(_, d) => edit({ term: d.value as Term | '' })}>
          <option value="">Choose a term</option>
          {terms.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
