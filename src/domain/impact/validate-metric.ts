import { areaChoices } from '../validation/choices';
import { type Choice, Fields, pickAt } from '../validation/fields';
import { destinationNames, learnerGroupNames, stakeholderGroupNames, surveyNames } from './labels';
import { type ImpactMeasure, type KeyMetricRef, unitOf } from './measures';
import { destinationIds, learnerGroups, stakeholderGroups, surveyKinds } from './types';
import { choicesOf, cohortChoices } from './validate';

const kindChoices: Choice<ImpactMeasure['kind']>[] = [
  { value: 'destinations', name: 'destinations' },
  { value: 'perception', name: 'learner perception results' },
  { value: 'responses', name: 'survey responses' },
  { value: 'neet-risk', name: 'learners at risk of NEET' },
  { value: 'voice', name: 'stakeholder voice' },
];

function readMeasure(m: Fields): ImpactMeasure | undefined {
  const kind = m.oneOf('kind', 'Figure', kindChoices);
  const optionalSurvey = () => m.oneOf('survey', 'Survey', choicesOf(surveyKinds, surveyNames), { required: false });
  switch (kind) {
    case 'destinations': {
      const c = m.nested('cohort');
      const cohortKind = c.oneOf('kind', 'Leavers', cohortChoices);
      const name = cohortKind === 'programme' ? c.text('name', 'Programme', { required: true }) : undefined;
      const destinations = m.list('destinations', 'Destinations', (v, path) => pickAt(m, v, path, 'Destination', choicesOf(destinationIds, destinationNames)), {
        min: 1,
        minMessage: 'Choose at least one destination.',
      });
      const group = m.oneOf('group', 'Group', choicesOf(learnerGroups, learnerGroupNames), { required: false });
      const sustained = m.boolean('sustained', 'Sustained', { default: false });
      if (!cohortKind || (cohortKind === 'programme' && !name)) return undefined;
      const cohort = cohortKind === 'programme' ? { kind: cohortKind, name: name! } : { kind: cohortKind };
      return { kind, cohort, destinations, ...(group ? { group } : {}), ...(sustained ? { sustained } : {}) };
    }
    case 'perception': {
      const yearGroup = m.text('yearGroup', 'Year group', { required: true });
      const area = m.oneOf('area', 'Learning-outcome area', areaChoices);
      const survey = optionalSurvey();
      return yearGroup && area ? { kind, yearGroup, area, ...(survey ? { survey } : {}) } : undefined;
    }
    case 'responses': {
      const yearGroup = m.text('yearGroup', 'Year group', { required: true });
      const survey = optionalSurvey();
      return yearGroup ? { kind, yearGroup, ...(survey ? { survey } : {}) } : undefined;
    }
    case 'neet-risk': {
      const yearGroup = m.text('yearGroup', 'Year group', { required: true });
      return yearGroup ? { kind, yearGroup } : undefined;
    }
    case 'voice': {
      const group = m.oneOf('group', 'Group', choicesOf(stakeholderGroups, stakeholderGroupNames));
      return group ? { kind, group } : undefined;
    }
    case undefined:
      return undefined;
  }
}

/** An objective's key metric pointer (`keyMetricRef`), read with the objective's own errors; absent reads as undefined. */
export function readKeyMetricRef(f: Fields): KeyMetricRef | undefined {
  const raw = f.raw('keyMetricRef');
  if (raw === undefined || raw === null) return undefined;
  const r = f.nested('keyMetricRef');
  const measure = readMeasure(r.nested('measure'));
  const target = r.raw('target');
  if (!measure) return undefined;
  if (target === undefined || target === null || target === '') return { measure };
  const max = unitOf(measure) === 'percent' ? 100 : Number.MAX_SAFE_INTEGER;
  if (typeof target !== 'number' || !Number.isFinite(target) || target < 0 || target > max) {
    const what = max === 100 ? 'a percentage from 0 to 100' : 'a number, 0 or more';
    return r.fail('target', `Target must be ${what} (it is ${String(target)}).`);
  }
  return { measure, target };
}
