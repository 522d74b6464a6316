import { universalLearningOutcomes } from '../catalogue/learning-outcomes';
import type { LearningOutcome } from '../catalogue/types';
import { areaChoices } from './choices';
import { Fields } from './fields';
import type { ValidationResult } from './result';

const OWN_ID = /^OWN-[A-Za-z0-9][A-Za-z0-9-]*$/;

/** A learning outcome the school adds to the universal ones. `existing` are its other own outcomes. */
export function validateOwnLearningOutcome(
  input: unknown,
  existing: readonly LearningOutcome[] = [],
): ValidationResult<LearningOutcome> {
  const f = new Fields(input);
  const id = f.text('id', 'Outcome id', { required: true });
  if (id !== undefined && !OWN_ID.test(id)) {
    f.fail('id', 'Your own learning outcomes have ids starting “OWN-”, for example OWN-1.');
  } else if (id !== undefined && [...universalLearningOutcomes, ...existing].some((o) => o.id === id)) {
    f.fail('id', `There is already a learning outcome with the id ${id}.`);
  }
  const area = f.oneOf('area', 'Area', areaChoices);
  const text = f.text('text', 'Learning outcome', { required: true });
  if (f.raw('universal') === true) {
    f.fail('universal', 'Only the 18 suggested universal outcomes are universal; yours are your own.');
  }
  return f.result(() => ({ id: id!, area: area!, text: text!, universal: false }));
}
