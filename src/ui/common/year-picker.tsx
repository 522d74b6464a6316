import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';

import {
  type AcademicYear,
  compareAcademicYears,
  currentAcademicYear,
  describeAcademicYear,
  localIsoDate,
  parseAcademicYear,
} from '../../domain/academic-year';
import { useQueryParam } from './url-state';

const useStyles = makeStyles({
  // Wide enough for "2026/27 (this year)" and its hint; a full-width select on a wide screen reads as a text box.
  field: { maxWidth: '22em' },
});

/** The academic year a person is in today, in their own time zone. */
export const thisAcademicYear = (): AcademicYear => currentAcademicYear(localIsoDate(new Date()));

/**
 * The academic year a view shows, kept in the page's `year` query parameter so a reload opens the same year;
 * this year when there is none, or when it is not a year (the picker then says why).
 */
export function useAcademicYearParam(): [AcademicYear, (year: AcademicYear) => void] {
  const [param, setParam] = useQueryParam('year');
  const current = useMemo(thisAcademicYear, []);
  const parsed = param === null ? undefined : parseAcademicYear(param);
  const year = parsed?.ok ? parsed.year : current;
  return [year, (next) => setParam(next === current ? null : next)];
}

/** Why the address's year was not shown (`?year=2026/28`): the reason in plain words and the year shown instead. */
function useRefusedYearParam(current: AcademicYear): string | undefined {
  const [param] = useQueryParam('year');
  const parsed = param === null ? undefined : parseAcademicYear(param);
  return parsed && !parsed.ok ? `${parsed.message} Showing ${current}, this year, instead.` : undefined;
}

/** "2026/27 (this year)", "2025/26". */
export const yearOptionLabel = (year: AcademicYear, current: AcademicYear): string => (year === current ? `${year} (this year)` : year);

/**
 * The years that hold data (a feature port's `yearsWithData`), for the picker: one cache entry shared by every view,
 * so switching views reads them once.
 */
export function useYearsWithData(load: () => Promise<readonly AcademicYear[]>): UseQueryResult<readonly AcademicYear[]> {
  return useQuery({ queryKey: ['years-with-data'], queryFn: load });
}

/** The years offered: those holding data, this year and the year shown (from a link, or just started), latest first. */
export function yearChoices(current: AcademicYear, shown: AcademicYear, withData: readonly AcademicYear[] = []): AcademicYear[] {
  return [...new Set([...withData, current, shown])].sort(compareAcademicYears).reverse();
}

/**
 * Chooses the academic year a view looks at, among the years that hold data (`years`; until they are known, this
 * year and the one shown); latest first, this year marked.
 */
export function YearPicker(props: {
  readonly year: AcademicYear;
  readonly onChange: (year: AcademicYear) => void;
  readonly years?: readonly AcademicYear[] | undefined;
}): ReactNode {
  const styles = useStyles();
  const current = useMemo(thisAcademicYear, []);
  const refused = useRefusedYearParam(current);
  return (
    <Field
      className={styles.field}
      label="Academic year"
      hint={describeAcademicYear(props.year)}
      {...(refused ? { validationState: 'warning' as const, validationMessage: refused } : {})}
    >
      <Select
        value={props.year}
        onChange={(_, data) => {
          const parsed = parseAcademicYear(data.value);
          if (parsed.ok) props.onChange(parsed.year);
        }}
      >
        {yearChoices(current, props.year, props.years).map((y) => (
          <option key={y} value={y}>
            {yearOptionLabel(y, current)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
