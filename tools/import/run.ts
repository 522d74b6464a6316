import type { AcademicYear } from '../../src/domain/academic-year';
import { createDevTokenProvider } from '../../src/auth/dev-token-provider';
import { provisionLists } from '../../src/data/provision-lists';
import { createProvisionMapRepository } from '../../src/data/provision-map/repository';
import { createSettingsRepository } from '../../src/data/settings/repository';
import { schoolYearGroups } from '../../src/domain/catalogue/provision';
import { type ImportPreview, importReport, previewImport } from '../../src/domain/import';
import { yearLabel } from '../../src/domain/provision-map/labels';
import { createGraphClient, type GraphClient } from '../../src/graph/graph-client';
import { resolveSite } from '../../src/graph/sites';
import { decodeImportFile, type ImportFile } from '../../src/import/decode-file';
import { publishImport } from '../../src/import/publish';
import { demoGroupId } from '../local-graph/demo-tenant';

export interface ImportCommand {
  readonly file: string;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly splitRanges: boolean;
  readonly newCategories: boolean;
  readonly academicYear?: AcademicYear;
}

export interface SiteConfig {
  readonly graphBaseUrl: string;
  readonly upn: string;
  readonly groupId?: string;
  /** Tests hand in their own client (e.g. one whose server fails half way). */
  readonly graph?: GraphClient;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const DECISION_HINT = {
  'split-range': 'Run again with --split-ranges to agree.',
  'new-category': 'Run again with --new-categories to agree.',
} as const;

/**
 * The command's work, without touching the process: decode → read against the site's map → preview → (unless a dry
 * run) one publish of the accepted rows. Exit code 0 when all went as previewed, 1 when the file or the site failed.
 */
export async function runImport(command: ImportCommand, file: ImportFile, site: SiteConfig): Promise<RunResult> {
  const decoded = await decodeImportFile(file);
  if (!decoded.ok) return { stdout: command.json ? json({ rows: [] }) : '', stderr: `${decoded.message}\n`, exitCode: 1 };

  const graph =
    site.graph ??
    createGraphClient({
      baseUrl: site.graphBaseUrl.replace(/\/v1\.0\/?$/, ''),
      tokenProvider: createDevTokenProvider({ upn: site.upn }),
      scopes: ['Sites.Manage.All'],
    });
  const siteInfo = await resolveSite(graph, { groupId: site.groupId ?? demoGroupId });
  const { context } = await provisionLists(graph, siteInfo.id);
  const repository = createProvisionMapRepository(context);
  // Duplicates are judged against the map of the year the import goes into.
  const year = command.academicYear !== undefined ? { year: command.academicYear } : {};
  const [loaded, institution] = await Promise.all([repository.load(year), createSettingsRepository(context).getInstitution()]);
  const existing = loaded.activities.map((v) => v.value);
  const preview = previewImport(decoded.sheet, {
    context: { yearGroups: institution?.value.institution.yearGroups ?? schoolYearGroups },
    existing,
    splitRanges: command.splitRanges,
    newCategories: command.newCategories,
    ...(command.academicYear ? { academicYear: command.academicYear } : {}),
  });

  const out: string[] = [];
  const err: string[] = [];
  if (preview.problems.length > 0) {
    err.push(...preview.problems);
    return { stdout: command.json ? json(report(preview)) : '', stderr: lines(err), exitCode: 1 };
  }
  (command.json ? err : out).push(...describe(preview));
  let exitCode = 0;
  if (command.dryRun) {
    (command.json ? err : out).push(`Dry run: nothing written. Without --dry-run, ${countOf(preview.toWrite.length)} would be written in one publish.`);
  } else {
    const published = await publishImport(repository, preview.toWrite, {
      firstSortOrder: existing.length,
      ...(preview.academicYear ? { academicYear: preview.academicYear } : {}),
    });
    if (published.ok && published.written === 0) {
      (command.json ? err : out).push('Nothing new to write: the site’s provision map was left as it was.');
    } else if (published.ok) {
      const into = preview.academicYear ? ` (academic year ${preview.academicYear})` : '';
      (command.json ? err : out).push(`Wrote ${countOf(published.written)} to the site’s provision map${into} in one publish.`);
    } else {
      err.push(published.message, ...published.leftOnSite.map((a) => `  still on the site: ${a.title} (${yearLabel(a.yearGroup)})`));
      exitCode = 1;
    }
  }
  return { stdout: command.json ? json(report(preview)) : lines(out), stderr: lines(err), exitCode };
}

const report = (preview: ImportPreview) => importReport(preview, (decision) => DECISION_HINT[decision.kind]);

/** The preview for a person: each row that is not plainly accepted, then the totals. */
function describe(preview: ImportPreview): string[] {
  const out = [`Read ${preview.sheet ? `the sheet “${preview.sheet}”, ` : ''}header row ${preview.headerRow}.`, ...preview.notes];
  for (const row of preview.rows) {
    if (row.status === 'skipped' && row.messages.length === 0) continue;
    const readings = row.readings.map((r) => r.explanation).join('; ');
    out.push(`Row ${row.row}: ${row.status}${readings ? ` — ${readings}` : ''}`, ...row.messages.map((m) => `  ${m}`));
  }
  const c = preview.counts;
  out.push(
    `${c.accepted} accepted, ${c['needs-decision']} waiting for a decision, ${c.rejected} refused, ${c.duplicate} duplicates, ${c.skipped} blank rows skipped.`,
  );
  return out;
}

const countOf = (n: number): string => `${n} ${n === 1 ? 'activity' : 'activities'}`;
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const lines = (values: readonly string[]): string => (values.length > 0 ? `${values.join('\n')}\n` : '');
