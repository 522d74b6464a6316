import { useMemo, useState } from 'react';

import { type AcademicYear, nextAcademicYear } from '../../domain/academic-year';
import type { YearGroup } from '../../domain/catalogue/types';
import type { Activity } from '../../domain/provision-map/types';
import { type ImportDecision, type ImportPreview, previewImport, type SourceSheet } from '../../domain/import';
import { type Agreements, decided, NO_AGREEMENTS } from '../common/import-agreements';
import { useAction } from '../common/use-action';
import { thisAcademicYear } from '../common/year-picker';
import { useMapData, useMapQuery, useMapYears } from './data/queries';

/** What the person chose: the file's rows and its name (nothing is written). */
interface Chosen {
  readonly name: string;
  readonly sheet: SourceSheet;
}

/** What was added, for the map view to say once the dialog closes. */
export interface Imported {
  readonly year: AcademicYear;
  readonly message: string;
}

/**
 * The import dialog's state: the file chosen and read, the year it goes into, the agreements, the preview weighed
 * against that year's map, and the one publish.
 */
export function useImportDialog(props: { readonly year: AcademicYear; readonly yearGroups: readonly YearGroup[]; readonly onImported: (imported: Imported) => void }) {
  const data = useMapData();
  const [year, setYear] = useState(props.year);
  const [chosen, setChosen] = useState<Chosen>();
  const [refused, setRefused] = useState<string>();
  const [agreed, setAgreed] = useState<Agreements>(NO_AGREEMENTS);
  // Reading the chosen file and the publish: each busy meanwhile, and what stopped either kept for the one error bar.
  const read = useAction();
  const write = useAction();
  // A map can go into any year that holds data, this year (the picker always offers it) or the next one, planned ahead.
  const withData = useMapYears().data;
  const importYears = useMemo(() => [...(withData ?? []), nextAcademicYear(thisAcademicYear())], [withData]);
  // Duplicates are weighed against the map of the year the rows go into.
  const target = useMapQuery(year);
  const existing = target.data?.activities;

  const preview = useMemo((): ImportPreview | undefined => {
    if (!chosen || !existing) return undefined;
    return previewImport(chosen.sheet, {
      context: { yearGroups: props.yearGroups },
      existing: existing.map((v) => v.value),
      academicYear: year,
      ...agreed,
    });
  }, [chosen, existing, props.yearGroups, year, agreed]);

  const choose = async (file: File | undefined): Promise<void> => {
    setChosen(undefined);
    setRefused(undefined);
    read.dismiss();
    write.dismiss();
    setAgreed(NO_AGREEMENTS);
    if (!file) return;
    await read.run(async () => {
      const decoded = await data.readImportFile({ name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
      if (decoded.ok) setChosen({ name: file.name, sheet: decoded.sheet });
      else setRefused(decoded.message);
    });
  };

  const decide = (decision: ImportDecision, yes: boolean): void => setAgreed((a) => decided(a, decision, yes));

  const toWrite: readonly Activity[] = preview?.toWrite ?? [];
  const add = async (): Promise<void> => {
    if (!preview || !chosen || !existing) return;
    await write.run(async () => {
      const result = await data.publishImport(toWrite, year, existing.length);
      if (!result.ok) throw new Error(result.message);
      props.onImported({ year, message: addedMessage(chosen.name, year, result.written, preview) });
    });
  };

  const failure = read.failure ?? write.failure;
  return { year, setYear, importYears, chosen, refused, reading: read.busy, busy: write.busy, failure, target, preview, toWrite, choose, decide, add };
}

export const activities = (n: number): string => `${n.toLocaleString('en-GB')} ${n === 1 ? 'activity' : 'activities'}`;

/** "Added 22 activities from “map.xlsx” to the provision map for 2026/27. Left out: 1 duplicate, 2 rows …". */
function addedMessage(file: string, year: AcademicYear, written: number, preview: ImportPreview): string {
  const { counts } = preview;
  const left = [
    counts.duplicate ? `${counts.duplicate} ${counts.duplicate === 1 ? 'duplicate' : 'duplicates'} already on the map or repeated in the file` : '',
    counts['needs-decision'] ? `${counts['needs-decision']} ${counts['needs-decision'] === 1 ? 'row' : 'rows'} you did not agree to` : '',
    counts.rejected ? `${counts.rejected} ${counts.rejected === 1 ? 'row' : 'rows'} Waypoint could not read` : '',
  ].filter(Boolean);
  const added = written === 0 ? `Nothing new was added from “${file}”` : `Added ${activities(written)} from “${file}” to the provision map for ${year}`;
  return `${added}.${left.length > 0 ? ` Left out: ${left.join('; ')}.` : ''}`;
}
