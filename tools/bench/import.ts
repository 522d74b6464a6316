/**
 * The import's budgets, measured: `npx tsx tools/bench/import.ts`
 * - import 5,000 rows (≤ 1 s, ≤ 100 MB): a workbook of 5,000 rows typed the way schools type them (abbreviations,
 *   outcome statements, ranges), decoded and read into the preview; CSV alongside for information;
 * - refuse a 50 MB file (≤ 100 ms): from the file on disk to the message, the size known before a byte is read;
 * - peak memory for a 10 MB workbook (information): 5,000 rows with long notes, just under the size limit.
 * Each figure is taken in a fresh Node process so one measurement's garbage is not another's peak; memory is the
 * growth of the process's peak resident set over its size once loaded and idle (the file's bytes already read).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import ExcelJS from 'exceljs';
import Papa from 'papaparse';

import { schoolYearGroups } from '../../src/domain/catalogue/provision';
import { previewImport } from '../../src/domain/import';
import { decodeImportFile } from '../../src/import/decode-file';

const ROWS = 5000;
const WARM_XLSX = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/import/clean-map.xlsx');
const HEADERS = ['Yr', 'Stage', 'Activity', 'Type', 'Learning outcomes', 'Parents involved', 'When', 'Provider', 'Notes'];
const YEARS = ['Yr 7', 'Y8', 'year nine', '10', 'Year 11', 'Y12', '13', '12-13'];
const STAGES = ['I&I', 'Introduce & Inspire', 'I&E', 'Investigate and Explore', 'A&D', 'Apply and Demonstrate'];
const TYPES = ['EE', 'work exp', 'PAL', 'Assemblies', 'Personal Guidance', 'Careers in the curriculum', 'Careers fair'];
const OUTCOMES = [
  'CK1; SA2',
  'Be aware of their passions, skills, and work preferences and understand how these could inform their career choices.',
  'Understand how recruitment and selection processes work',
  'RW2, RW5',
];
const WHEN = ['Aut 1', 'Spring', '', 'All year', 'October', 'Summer 2'];

function rows(notes: (i: number) => string): string[][] {
  return [
    HEADERS,
    ...Array.from({ length: ROWS }, (_, i) => [
      YEARS[i % YEARS.length]!,
      STAGES[i % STAGES.length]!,
      `Careers activity ${i + 1}: employer workshop, with Q&A`,
      TYPES[i % TYPES.length]!,
      OUTCOMES[i % OUTCOMES.length]!,
      i % 3 === 0 ? 'Y' : 'no',
      WHEN[i % WHEN.length]!,
      i % 5 === 0 ? 'Northampton College' : '',
      notes(i),
    ]),
  ];
}

async function workbook(data: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Careers map');
  data.forEach((cells, i) => (ws.getRow(i + 1).values = cells));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Child mode: time and measure one import of `file`; prints one JSON line. */
async function measureOne(file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const input = { name: basename(file), size: statSync(file).size, bytes: async () => bytes };
  // Warm the code paths on tiny files of both kinds so the figure is the import, not the first load of the workbook reader
  // (a CSV alone left the workbook reader's loading, once per page or command, inside the workbook's figure).
  const warmXlsx = new Uint8Array(readFileSync(WARM_XLSX));
  const loadStarted = process.cpuUsage();
  await decodeImportFile({ name: 'warm.xlsx', size: warmXlsx.length, bytes: async () => warmXlsx });
  const firstLoad = process.cpuUsage(loadStarted);
  await decodeImportFile({ name: 'warm.csv', size: 20, bytes: async () => new TextEncoder().encode('Stage,Year,Activity\nI&I,9,Talk\n') });
  globalThis.gc?.();
  const idle = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const decoded = await decodeImportFile(input);
  const decodeMs = performance.now() - started;
  const decodeCpu = process.cpuUsage(cpu);
  const preview = decoded.ok ? previewImport(decoded.sheet, { context: { yearGroups: schoolYearGroups } }) : undefined;
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const peak = process.resourceUsage().maxRSS * 1024;
  const result: Measured = {
    ms,
    decodeMs,
    decodeCpuMs: (decodeCpu.user + decodeCpu.system) / 1000,
    cpuMs: (used.user + used.system) / 1000,
    // Growth over the idle size; if loading peaked higher than the import, the import's own peak is hidden in it.
    growthMB: (peak - idle) / 2 ** 20,
    peakMB: peak / 2 ** 20,
    peakBeforeMB: peakBefore / 2 ** 20,
    rows: preview?.rows.length ?? 0,
    firstLoadCpuMs: (firstLoad.user + firstLoad.system) / 1000,
    message: decoded.ok ? '' : decoded.message,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

interface Measured {
  /** Wall-clock time, and the CPU time the process used (what a shared, busy machine distorts least). */
  readonly ms: number;
  /** Of `ms`, the time to open the file (the rest is the reader and the preview). */
  readonly decodeMs: number;
  readonly decodeCpuMs: number;
  readonly cpuMs: number;
  readonly growthMB: number;
  readonly peakMB: number;
  readonly peakBeforeMB: number;
  readonly rows: number;
  /** CPU time to load the workbook reader and read a 22-row workbook, once, before the figure. */
  readonly firstLoadCpuMs: number;
  readonly message: string;
}

function measure(file: string): Measured {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--measure', file], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-import-bench-'));
  try {
    const plain = rows(() => '');
    const xlsx = join(dir, 'map-5000.xlsx');
    writeFileSync(xlsx, await workbook(plain));
    const csv = join(dir, 'map-5000.csv');
    writeFileSync(csv, Papa.unparse(plain));
    // Notes of random text do not compress: 5,000 rows of them make a workbook just under 10 MB.
    const big = join(dir, 'map-10mb.xlsx');
    writeFileSync(big, await workbook(rows(() => randomBytes(1950).toString('base64'))));

    const x = measure(xlsx);
    const c = measure(csv);
    const b = measure(big);
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
    console.log(
      `bench: import 5000 rows ${Math.round(x.ms)} ms (workbook: ${Math.round(x.decodeMs)} ms to open it, ${Math.round(x.ms - x.decodeMs)} ms to read ` +
        `${x.rows} rows; CPU ${Math.round(x.decodeCpuMs)} + ${Math.round(x.cpuMs - x.decodeCpuMs)} ms; ${load}; goal ≤ 1000 ms; ` +
        `not counted: loading the workbook reader once per page or command, ${Math.round(x.firstLoadCpuMs)} ms CPU with a 22-row workbook)`,
    );
    console.log(`bench: import 5000 rows peak memory ${Math.round(x.growthMB)} MB (workbook; goal ≤ 100 MB; process peak ${Math.round(x.peakMB)} MB)`);
    console.log(`bench: import 5000 rows from CSV ${Math.round(c.ms)} ms (${Math.round(c.cpuMs)} ms CPU), peak memory ${Math.round(c.growthMB)} MB`);
    console.log(
      `bench: import a ${(statSync(big).size / 2 ** 20).toFixed(1)} MB workbook (5000 rows) ${Math.round(b.ms)} ms (${Math.round(b.cpuMs)} ms CPU), ` +
        `peak memory ${Math.round(b.growthMB)} MB${b.message ? ` — refused: ${b.message}` : ''}`,
    );

    const stray = measure(join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/import/stray-cell.xlsx'));
    console.log(
      `bench: refuse a workbook with a cell in row 1,048,576 ${Math.round(stray.ms)} ms, peak memory ${Math.round(stray.growthMB)} MB` +
        `${stray.message ? '' : ' — NOT refused'}`,
    );

    const huge = join(dir, 'map-50mb.csv');
    writeFileSync(huge, Buffer.alloc(50 * 2 ** 20, 'I&I,9,Talk\n'));
    const started = performance.now();
    const refused = await decodeImportFile({ name: basename(huge), size: statSync(huge).size, bytes: async () => new Uint8Array(readFileSync(huge)) });
    const ms = performance.now() - started;
    console.log(`bench: refuse a 50 MB file ${ms.toFixed(1)} ms (goal ≤ 100 ms)${refused.ok ? ' — NOT refused' : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const measureAt = process.argv.indexOf('--measure');
(measureAt >= 0 ? measureOne(process.argv[measureAt + 1]!) : main()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
