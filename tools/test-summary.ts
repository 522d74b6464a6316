/**
 * The closing lines of `npm test`: one line for every vitest JSON report in test-results/, e.g.
 * "tests: 612 passed, 0 failed, 3 skipped", and, when tools/test-all.ts ran the stages, the wall time of each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

export interface StageTime {
  readonly stage: string;
  readonly seconds: number;
  readonly ok: boolean;
}

export function testTotals(dir = 'test-results'): { passed: number; failed: number; skipped: number } {
  const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of reports) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8')) as VitestJson;
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
  return totals;
}

export function stageLine(stages: readonly StageTime[]): string {
  const total = stages.reduce((sum, s) => sum + s.seconds, 0);
  return `stages: ${stages.map((s) => `${s.stage} ${Math.round(s.seconds)} s${s.ok ? '' : ' (failed)'}`).join(', ')}; total ${Math.round(total)} s`;
}

/** Prints the closing lines; true when every test ran passed. */
export function printSummary(stages: readonly StageTime[] = []): boolean {
  const totals = testTotals();
  if (stages.length > 0) console.log(stageLine(stages));
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  return totals.failed === 0 && totals.passed > 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = printSummary() ? 0 : 1;
}
