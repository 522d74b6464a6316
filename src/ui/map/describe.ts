import { yearLabel } from '../../domain/provision-map/labels';
import type { Activity } from '../../domain/provision-map/types';
import type { Described } from '../common/conflict-choice';
import { categoryName, stageName } from '../common/provision-names';

/** An activity as labelled lines, to compare two versions. */
export function describeActivity(a: Activity): Described {
  return [
    ['Title', a.title],
    ['Stage', stageName(a.stage)],
    ['Year group', yearLabel(a.yearGroup)],
    ['Categories', a.categories.map(categoryName).join(', ')],
    ['Learning outcomes', a.learningOutcomes.join(', ')],
    ['Benchmarks', a.benchmarks.join(', ')],
    ['Audience', a.audience.kind === 'targeted' ? `Targeted: ${a.audience.group}` : 'Every learner in the year group'],
    ['Term', a.term ?? 'Not stated'],
    ['Parents and carers take part', a.parentsAndCarers ? 'Yes' : 'No'],
    ['Provider', a.provider ?? ''],
    ['Evidence link', a.evidenceLink ?? ''],
  ];
}
