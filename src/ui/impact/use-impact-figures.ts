import { useMemo } from 'react';

import { type AcademicYear, parseAcademicYear } from '../../domain/academic-year';
import { type ImpactFinding, impactFindings, impactTrends, type Trend, yearsRecorded } from '../../domain/impact';
import type { LoadedImpact } from './data/port';
import { plainRecords } from './records';

/** What the team's figures say (findings and trends against the plan's targets), and the academic years that hold figures. */
export function useImpactFigures(loaded: LoadedImpact, today: string): { findings: ImpactFinding[]; years: AcademicYear[]; trends: Trend[] } {
  const { institution, records, targets } = loaded;
  const plain = useMemo(() => plainRecords(records), [records]);
  const { yearGroups } = institution;
  const findings = useMemo(() => impactFindings(plain, { today, audience: 'team', targets, yearGroups }), [plain, today, targets, yearGroups]);
  // The picker offers the years that hold figures (as the map and plan offer theirs), this year and the one shown.
  const years = useMemo(() => yearsRecorded(plain).flatMap((y) => { const p = parseAcademicYear(y); return p.ok ? [p.year] : []; }), [plain]);
  const trends = useMemo(() => impactTrends(plain, { audience: 'team', targets }), [plain, targets]);
  return { findings, years, trends };
}
