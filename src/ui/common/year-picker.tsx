import { Field, Select } from '@fluentui/react-components';
import { type ReactNode, useMemo } from 'react';

import {
  type AcademicYear,
  academicYearsBetween,
  compareAcademicYears,
  currentAcademicYear,
  describeAcademicYear,
  localIsoDate,
  parseAcademicYear,
  previousAcademicYear,
} from '../../domain/academic-year';
import { useQueryParam } from './url-state';

/** How many years before this one the picker offers (the demo school holds three; a school may keep more). */
const YEARS_BACK = 4;

/** The academic year a person is in today, in their own time zone. */
export const thisAcademicYear = (): AcademicYear => currentAcademicYear(localIsoDate(new Date()));

/**
 * The academic year a view shows, kept in the page's `year` query parameter so a reload opens the same year;
 * this year when there is none (or it is not a year).
 */
export function useAcademicYearParam(): [AcademicYear, (year: AcademicYear) => void] {
  const [param, setParam] = useQueryParam('year');
  const current = useMemo(thisAcademicYear, []);
  const parsed = param === null ? undefined : parseAcademicYear(param);
  const year = parsed?.ok ? parsed.year : current;
  return [year, (next) => setParam(next === current ? null : next)];
}

/** "2026/27 (this year)", "2025/26". */
export const yearOptionLabel = (year: AcademicYear, current: AcademicYear): string => (year === current ? `${year} (this year)` : year);

/** The years offered: a few before this one up to this one, or to the year shown when that is later. */
export function yearChoices(current: AcademicYear, shown: AcademicYear): AcademicYear[] {
  let earliest = current;
  for (let i = 0; i < YEARS_BACK; i++) earliest = previousAcademicYear(earliest);
  const from = compareAcademicYears(shown, earliest) < 0 ? shown : earliest;
  const to = compareAcademicYears(shown, current) > 0 ? shown : current;
  return academicYearsBetween(from, to).reverse();
}

/** Chooses the academic year a view looks at; latest first, this year marked. */
export function YearPicker(props: { readonly year: AcademicYear; readonly onChange: (year: AcademicYear) => void }): ReactNode {
  const current = useMemo(thisAcademicYear, []);
  return (
    <Field label="Academic year" hint={describeAcademicYear(props.year)}>
      <Select
        value={props.year}
        onChange={(_, data) => {
          const parsed = parseAcademicYear(data.value);
          if (parsed.ok) props.onChange(parsed.year);
        }}
      >
        {yearChoices(current, props.year).map((y) => (
          <option key={y} value={y}>
            {yearOptionLabel(y, current)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
