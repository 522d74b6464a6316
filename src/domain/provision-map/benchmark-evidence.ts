import { activityCategories } from '../catalogue/provision';
import { type ActivityCategory, BENCHMARK_NUMBERS, type BenchmarkNumber, type YearGroup } from '../catalogue/types';
import { benchmarksOf } from './evidence';
import type { ProvisionMap } from './types';

export interface YearBenchmarkEvidence {
  readonly yearGroup: YearGroup;
  /** For each benchmark, the activities in this year group that evidence it (empty when none). */
  readonly evidence: Readonly<Record<BenchmarkNumber, readonly string[]>>;
  readonly evidenced: readonly BenchmarkNumber[];
  readonly missing: readonly BenchmarkNumber[];
}

/** Per year group, which Gatsby Benchmarks the map's activities evidence (recorded or through their category). */
export function benchmarkEvidence(
  map: ProvisionMap,
  categories: readonly ActivityCategory[] = activityCategories,
): YearBenchmarkEvidence[] {
  return map.yearGroups.map((yearGroup) => {
    const evidence: Record<BenchmarkNumber, string[]> = { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [], 8: [] };
    for (const a of map.activities) {
      if (a.yearGroup !== yearGroup) continue;
      for (const b of benchmarksOf(a, categories)) evidence[b].push(a.id);
    }
    return {
      yearGroup,
      evidence,
      evidenced: BENCHMARK_NUMBERS.filter((b) => evidence[b].length > 0),
      missing: BENCHMARK_NUMBERS.filter((b) => evidence[b].length === 0),
    };
  });
}
