/** Prints one closing line for every vitest JSON report in test-results/, e.g. "tests: 612 passed, 0 failed, 3 skipped". */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const dir = 'test-results';
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of reports) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8')) as VitestJson;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
