/**
 * Imports a school's own provision map (.xlsx or .csv) into the configured site through the app's own reader and
 * data layer: `npm run import -- FILE [--dry-run] [--json] [--year 2026/27] [--split-ranges] [--new-categories]`.
 *
 * The site is the local Graph server by default (WAYPOINT_GRAPH_URL, default http://127.0.0.1:4000; the team by
 * WAYPOINT_GROUP_ID, default the demo team; WAYPOINT_DEV_USER, default the demo careers leader). With --json exactly
 * one JSON document goes to standard output and everything else to standard error (npm itself prints a banner to
 * standard output unless run with -s: `npm run -s import -- FILE --json`).
 */
import { type AcademicYear, parseAcademicYear } from '../../src/domain/academic-year';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

import { runImport, type ImportCommand } from './run';

const USAGE =
  'Usage: npm run import -- FILE [--dry-run] [--json] [--year 2026/27] [--split-ranges] [--new-categories]\n' +
  '  --dry-run         read the file and show what would happen; write nothing\n' +
  '  --json            print one JSON document on standard output\n' +
  '  --year Y          the academic year to import into, written like 2026/27\n' +
  '  --split-ranges    agree to make one activity per year where a row names several (“12-13”)\n' +
  '  --new-categories  agree to add the file’s own categories as new ones\n' +
  'With --json, run npm silently (npm run -s import -- …) so npm’s own banner stays off standard output.';

export function parseArgs(argv: readonly string[]): ImportCommand | string {
  const flags = new Set<string>();
  let file: string | undefined;
  let year: AcademicYear | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--year') {
      const read = parseAcademicYear(argv[++i] ?? '');
      if (!read.ok) return `--year takes an academic year written like 2026/27: ${read.message}\n${USAGE}`;
      year = read.year;
    } else if (['--dry-run', '--json', '--split-ranges', '--new-categories'].includes(arg)) flags.add(arg);
    else if (arg.startsWith('--')) return `Unknown option ${arg}.\n${USAGE}`;
    else if (file) return `One file at a time (got ${file} and ${arg}).\n${USAGE}`;
    else file = arg;
  }
  if (!file) return USAGE;
  return {
    file,
    dryRun: flags.has('--dry-run'),
    json: flags.has('--json'),
    splitRanges: flags.has('--split-ranges'),
    newCategories: flags.has('--new-categories'),
    ...(year ? { academicYear: year } : {}),
  };
}

async function main(): Promise<number> {
  const command = parseArgs(process.argv.slice(2));
  if (typeof command === 'string') {
    process.stderr.write(`${command}\n`);
    return 2;
  }
  let size: number;
  try {
    size = (await stat(command.file)).size;
  } catch {
    process.stderr.write(`There is no file at ${command.file}.\n`);
    return 1;
  }
  const result = await runImport(
    command,
    { name: basename(command.file), size, bytes: async () => new Uint8Array(await readFile(command.file)) },
    {
      graphBaseUrl: process.env.WAYPOINT_GRAPH_URL ?? 'http://127.0.0.1:4000',
      upn: process.env.WAYPOINT_DEV_USER ?? 'careers.leader@contoso.onmicrosoft.com',
      ...(process.env.WAYPOINT_GROUP_ID ? { groupId: process.env.WAYPOINT_GROUP_ID } : {}),
    },
  );
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  return result.exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
