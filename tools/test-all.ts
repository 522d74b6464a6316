/**
 * `npm test`: the stages in order — type-check, lint, unit, build, browser — stopping at the first that fails,
 * then the summary line with each stage's wall time beside it.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

import { printSummary, type StageTime } from './test-summary';

const STAGES = [
  { stage: 'typecheck', script: 'typecheck' },
  { stage: 'lint', script: 'lint' },
  { stage: 'unit', script: 'test:unit' },
  { stage: 'build', script: 'build' },
  { stage: 'browser', script: 'test:browser' },
] as const;

// Counts from an earlier run must not stand in for a stage that did not run this time.
rmSync('test-results', { recursive: true, force: true });
const times: StageTime[] = [];
for (const { stage, script } of STAGES) {
  const started = performance.now();
  const { status } = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  times.push({ stage, seconds: (performance.now() - started) / 1000, ok: status === 0 });
  if (status !== 0) break;
}
const passed = printSummary(times);
process.exitCode = passed && times.every((t) => t.ok) && times.length === STAGES.length ? 0 : 1;
