import { describe, expect, it } from 'vitest';
import type { LearningOutcome } from '../../../../src/domain/catalogue/types';
import { validateActivity, validateStageOutcomes } from '../../../../src/domain/validation/activity';
import { validateOwnLearningOutcome } from '../../../../src/domain/validation/learning-outcome';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX, URL_MAX } from '../../../../src/domain/validation/limits';
import { validateObjective, validatePlanAction, validatePriority } from '../../../../src/domain/validation/plan';
import type { ValidationResult } from '../../../../src/domain/validation/result';
import { validateAgreedBestFit, validateReflection, validateReview } from '../../../../src/domain/validation/review';
import { validateStatutoryRecord } from '../../../../src/domain/validation/statutory';
import { PRE_16 } from '../fixtures';

const errorsOf = <T>(r: ValidationResult<T>) => (r.ok ? [] : r.errors);
const messageFor = <T>(r: ValidationResult<T>, field: string) => errorsOf(r).find((e) => e.field === field)?.message;

const ctx = { yearGroups: PRE_16 };
const activity = {
  id: 'a1',
  stage: 'investigate-explore',
  yearGroup: '9',
  title: '  Meet the Provider encounters ',
  categories: ['provider-access', 'employer-encounter'],
  learningOutcomes: ['CK1', 'RW2'],
  benchmarks: [7],
  audience: { kind: 'universal' },
  term: 'Spring',
  parentsAndCarers: true,
  provider: 'North College',
  evidenceLink: 'https://school.sharepoint.com/sites/careers/evidence.docx',
};

describe('validateActivity', () => {
  it('accepts a good activity, trimming text', () => {
    const r = validateActivity(activity, ctx);
    expect(r).toEqual({ ok: true, formulaLike: [], value: { ...activity, title: 'Meet the Provider encounters', audience: { kind: 'universal' } } });
  });

  it('rejects an unknown stage, naming the stages', () => {
    expect(messageFor(validateActivity({ ...activity, stage: 'explore' }, ctx), 'stage')).toBe(
      'Stage must be one of: Introduce and Inspire, Investigate and Explore, Apply and Demonstrate.',
    );
  });

  it("checks year groups against the institution's own list", () => {
    expect(messageFor(validateActivity({ ...activity, yearGroup: '12' }, ctx), 'yearGroup')).toBe(
      'Year group must be one of: 7, 8, 9, 10, 11.',
    );
    expect(validateActivity({ ...activity, yearGroup: '12' }, { yearGroups: [...PRE_16, '12', '13'] }).ok).toBe(true);
  });

  it('rejects unknown categories, outcomes and benchmarks at their place in the list', () => {
    const r = validateActivity({ ...activity, categories: ['assembly', 'disco'], learningOutcomes: ['CK10'], benchmarks: [9] }, ctx);
    expect(messageFor(r, 'categories[1]')).toMatch(/^“disco” is not recognised\. Category must be one of: Work Experience, Employer encounters, Assemblies,/);
    expect(messageFor(r, 'learningOutcomes[0]')).toMatch(/^“CK10” is not recognised\. Learning outcome must be one of: SA1, SA2, SA3, CK1,.* RW6\.$/);
    expect(messageFor(r, 'benchmarks[0]')).toBe('“9” is not recognised. Benchmark must be one of: 1, 2, 3, 4, 5, 6, 7, 8.');
  });

  it("allows the school's own outcomes when they are given", () => {
    const own: LearningOutcome = { id: 'OWN-1', area: 'Self-awareness', text: 'x', universal: false };
    expect(validateActivity({ ...activity, learningOutcomes: ['OWN-1'] }, ctx).ok).toBe(false);
    expect(validateActivity({ ...activity, learningOutcomes: ['OWN-1'] }, { ...ctx, ownOutcomes: [own] }).ok).toBe(true);
  });

  it('requires a category and a title', () => {
    const r = validateActivity({ ...activity, categories: [], title: '   ' }, ctx);
    expect(messageFor(r, 'categories')).toBe('Choose at least one category (use Other if none fits).');
    expect(messageFor(r, 'title')).toBe('Title is required.');
  });

  it('allows 255 characters of single-line text and rejects 256, or a line break', () => {
    expect(validateActivity({ ...activity, title: 'x'.repeat(SINGLE_LINE_MAX) }, ctx).ok).toBe(true);
    expect(messageFor(validateActivity({ ...activity, title: 'x'.repeat(SINGLE_LINE_MAX + 1) }, ctx), 'title')).toBe(
      'Title must be 255 characters or fewer (it is 256).',
    );
    expect(messageFor(validateActivity({ ...activity, title: 'Two\nlines' }, ctx), 'title')).toBe('Title must be on one line.');
  });

  it('accepts formula-like text as text but flags it', () => {
    for (const title of ['=HYPERLINK("http://x")', '+44 talk', '-5 degrees', '@mention']) {
      const r = validateActivity({ ...activity, title, provider: '=cmd' }, ctx);
      expect(r.ok).toBe(true);
      expect(r.ok && r.value.title).toBe(title);
      expect(r.ok && r.formulaLike).toEqual(['title', 'provider']);
    }
  });

  it('requires evidence links to be http(s) and no longer than the URL limit', () => {
    const message = 'Evidence link must be a web address starting with https:// or http://.';
    for (const evidenceLink of ['ftp://files/x', 'javascript:alert(1)', 'not a link']) {
      expect(messageFor(validateActivity({ ...activity, evidenceLink }, ctx), 'evidenceLink')).toBe(message);
    }
    const long = `https://example.org/${'a'.repeat(URL_MAX)}`;
    expect(messageFor(validateActivity({ ...activity, evidenceLink: long }, ctx), 'evidenceLink')).toMatch(/^Evidence link must be 255 characters or fewer/);
    expect(validateActivity({ ...activity, evidenceLink: '' }, ctx).ok).toBe(true);
  });

  it('needs the group for a targeted audience, and an audience it recognises', () => {
    expect(messageFor(validateActivity({ ...activity, audience: { kind: 'targeted', group: '' } }, ctx), 'audience.group')).toBe(
      'Targeted group is required.',
    );
    expect(validateActivity({ ...activity, audience: { kind: 'targeted', group: 'SEND' } }, ctx).ok).toBe(true);
    expect(messageFor(validateActivity({ ...activity, audience: { kind: 'some' } }, ctx), 'audience.kind')).toBe(
      'Audience must be one of: every learner in the year group, a targeted group.',
    );
  });

  it('rejects input that is not a set of fields', () => {
    expect(errorsOf(validateActivity('nope', ctx))[0]).toEqual({ field: '', message: 'This must be a set of fields.' });
  });
});

describe('validateStageOutcomes', () => {
  it('allows five outcomes for a stage and rejects six', () => {
    const five = ['SA1', 'SA2', 'SA3', 'CK1', 'CK2'];
    expect(validateStageOutcomes({ 'introduce-inspire': five }, ctx).ok).toBe(true);
    expect(messageFor(validateStageOutcomes({ 'introduce-inspire': [...five, 'CK3'] }, ctx), 'introduce-inspire')).toBe(
      'Introduce and Inspire can have up to 5 learning outcomes (it has 6).',
    );
  });
});

describe('validateReview', () => {
  const review = {
    id: 'r1',
    institutionId: 'school',
    variant: 'schools',
    title: 'Autumn 2025 review',
    date: '2025-11-20',
    status: 'preparing',
    participants: [
      { id: 'ann@school', displayName: 'Ann Smith', role: 'Careers Leader' },
      { id: 'ben@school', displayName: 'Ben Jones' },
    ],
  };

  it('accepts a good review', () => {
    expect(validateReview(review).ok).toBe(true);
  });

  it('needs at least one participant', () => {
    expect(messageFor(validateReview({ ...review, participants: [] }), 'participants')).toBe('Add at least one participant.');
  });

  it('rejects the same participant twice, by id or by name', () => {
    const byId = validateReview({ ...review, participants: [...review.participants, { id: 'ann@school', displayName: 'A. Smith' }] });
    expect(messageFor(byId, 'participants[2].id')).toBe('This person is already listed as participant 1.');
    const byName = validateReview({ ...review, participants: [...review.participants, { id: 'x', displayName: ' ann  SMITH ' }] });
    expect(messageFor(byName, 'participants[2].displayName')).toBe('ann  SMITH is already listed as participant 1.');
  });

  it('requires a title and a real date', () => {
    const r = validateReview({ ...review, title: '', date: '2025-02-30' });
    expect(messageFor(r, 'title')).toBe('Title is required.');
    expect(messageFor(r, 'date')).toBe('Date of the meeting must be a real date written as year-month-day, for example 2026-03-31.');
  });
});

describe('validateReflection', () => {
  const reflection = { reviewId: 'r1', rowId: '2.3', participantId: 'ann', choice: 'not-sure', note: 'We use Compass+ for some years.' };

  it('accepts a column or "not sure", and an empty note', () => {
    expect(validateReflection(reflection).ok).toBe(true);
    expect(validateReflection({ ...reflection, choice: 3, note: undefined })).toMatchObject({ ok: true, value: { choice: 3, note: '' } });
  });

  it('rejects another column, a missing choice, an unknown row or someone not on the panel', () => {
    expect(messageFor(validateReflection({ ...reflection, choice: 5 }), 'choice')).toBe('Your reflection must be one of: 1, 2, 3, 4, not sure.');
    expect(messageFor(validateReflection({ ...reflection, choice: undefined }), 'choice')).toBe('Choose a column from 1 to 4, or not sure.');
    expect(messageFor(validateReflection(reflection, { rowIds: ['1.1'] }), 'rowId')).toBe('Maturity row must be one of: 1.1.');
    expect(messageFor(validateReflection(reflection, { participantIds: ['ben'] }), 'participantId')).toBe(
      'This person is not a participant in the review.',
    );
  });

  it('allows a long note up to the multi-line limit', () => {
    expect(validateReflection({ ...reflection, note: 'x\n'.repeat(MULTI_LINE_MAX / 2) }).ok).toBe(true);
    expect(messageFor(validateReflection({ ...reflection, note: 'x'.repeat(MULTI_LINE_MAX + 1) }), 'note')).toBe(
      'Note must be 10,000 characters or fewer (it is 10,001).',
    );
  });
});

describe('validateAgreedBestFit', () => {
  const bestFit = {
    reviewId: 'r1',
    rowId: '2.3',
    column: 2,
    evidence: 'Compass+ used in KS4.',
    evidenceLinks: ['https://school.sharepoint.com/x'],
    nextSteps: 'Extend to KS3.',
    agreedBy: ['Ann Smith', 'Ben Jones'],
    agreedAt: '2025-11-20T10:15:00Z',
  };

  it('accepts a good best fit', () => {
    expect(validateAgreedBestFit(bestFit).ok).toBe(true);
  });

  it('rejects a bad link at its place, nobody agreeing, and a bad time', () => {
    const r = validateAgreedBestFit({ ...bestFit, evidenceLinks: ['https://ok.org', 'file:///c:/x'], agreedBy: [], agreedAt: 'yesterday', column: 'not-sure' });
    expect(messageFor(r, 'evidenceLinks[1]')).toBe('Evidence link must be a web address starting with https:// or http://.');
    expect(messageFor(r, 'agreedBy')).toBe('Record who agreed this best fit.');
    expect(messageFor(r, 'agreedAt')).toBe('Agreed at must be a date and time, for example 2026-03-31T15:30:00Z.');
    expect(messageFor(r, 'column')).toBe('Agreed column must be one of: 1, 2, 3, 4.');
  });
});

describe('plan validation', () => {
  const action = {
    id: 'a1',
    priorityId: 'p1',
    action: 'Plan one week of work experience for Year 10.',
    lead: 'ZCO',
    period: 'Summer 2',
    progress: '',
    endPoint: '2026-07-17',
    impactEvidence: '',
    rag: 'amber',
    evidenceList: ['Work experience records'],
    maturityRows: ['5.3'],
    completed: false,
  };

  it('accepts a good action', () => {
    expect(validatePlanAction(action)).toMatchObject({ ok: true, value: { period: 'Summer 2', endPoint: '2026-07-17' } });
  });

  it('names the allowed action periods and RAG statuses, and needs a date end point and a lead', () => {
    const r = validatePlanAction({ ...action, period: 'Autumn 3', rag: 'blue', endPoint: '17.07.26', lead: '' });
    expect(messageFor(r, 'period')).toBe('Action period must be one of: Autumn 1, Autumn 2, Spring 1, Spring 2, Summer 1, Summer 2.');
    expect(messageFor(r, 'rag')).toBe('RAG status must be one of: red, amber, green.');
    expect(messageFor(r, 'endPoint')).toMatch(/^End point must be a real date/);
    expect(messageFor(r, 'lead')).toBe('Lead is required.');
  });

  it('checks priorities and maturity rows when it knows them', () => {
    const r = validatePlanAction({ ...action, maturityRows: ['9.9'] }, { priorityIds: ['p2'], rowIds: ['5.3'] });
    expect(messageFor(r, 'priorityId')).toBe('Priority must be one of: p2.');
    expect(messageFor(r, 'maturityRows[0]')).toBe('“9.9” is not recognised. Maturity row must be one of: 5.3.');
  });

  it('reports a nested objective error at its path', () => {
    const r = validatePriority({ id: 'p1', title: 'Tackle stereotypes', objectives: [{ id: 'o1', statement: '' }] });
    expect(errorsOf(r)).toEqual([{ field: 'objectives[0].statement', message: 'SMART statement is required.' }]);
  });

  it('accepts an objective with just its statement', () => {
    expect(validateObjective({ id: 'o1', statement: 'Survey 40% of learners by March' })).toEqual({
      ok: true,
      formulaLike: [],
      value: { id: 'o1', statement: 'Survey 40% of learners by March', outcome: '' },
    });
  });
});

describe('validateStatutoryRecord', () => {
  it('accepts a minimal record, defaulting the yes/no answers to no', () => {
    expect(validateStatutoryRecord({ institutionId: 'school' })).toEqual({
      ok: true,
      formulaLike: [],
      value: {
        institutionId: 'school',
        publishedInformation: { careersLeaderContact: false, programmeSummary: false, impactMeasurement: false },
        impartialGuidance: { provided: false },
        destinationsCollected: false,
      },
    });
  });

  it('checks the Careers Leader, the policy address and the review date', () => {
    const r = validateStatutoryRecord({
      institutionId: 'school',
      careersLeader: { name: 'Zoe', email: 'zoe at school', training: 'yes' },
      providerAccessPolicy: { url: 'school.org.uk/pal', published: true },
      publishedInformation: { nextReviewDate: '31/07/2026', publishedOn: '2026-02-30' },
    });
    expect(messageFor(r, 'careersLeader.email')).toBe("Careers Leader's email address must look like name@school.org.uk.");
    expect(messageFor(r, 'careersLeader.training')).toBe('Careers Leader training must be one of: trained, in training, not trained.');
    expect(messageFor(r, 'providerAccessPolicy.url')).toMatch(/must be a web address starting with https:\/\/ or http:\/\//);
    expect(messageFor(r, 'publishedInformation.nextReviewDate')).toMatch(/^Date of the next review must be a real date/);
    expect(messageFor(r, 'publishedInformation.publishedOn')).toMatch(/^Date the careers information was published must be a real date/);
  });
});

describe('validateOwnLearningOutcome', () => {
  it('accepts an OWN- outcome in a known area', () => {
    expect(validateOwnLearningOutcome({ id: 'OWN-1', area: 'Self-awareness', text: 'Know local employers.' })).toMatchObject({
      ok: true,
      value: { id: 'OWN-1', universal: false },
    });
  });

  it('rejects a universal-looking id, a clash, an unknown area and a claim to be universal', () => {
    const existing: LearningOutcome = { id: 'OWN-1', area: 'Self-awareness', text: 'x', universal: false };
    expect(messageFor(validateOwnLearningOutcome({ id: 'SA4', area: 'Self-awareness', text: 'x' }), 'id')).toMatch(/ids starting “OWN-”/);
    expect(messageFor(validateOwnLearningOutcome({ id: 'OWN-1', area: 'Self-awareness', text: 'x' }, [existing]), 'id')).toBe(
      'There is already a learning outcome with the id OWN-1.',
    );
    expect(messageFor(validateOwnLearningOutcome({ id: 'OWN-2', area: 'Wellbeing', text: 'x' }), 'area')).toBe(
      'Area must be one of: Self-awareness, Career knowledge and decision-making, Recruitment and workplace readiness.',
    );
    expect(validateOwnLearningOutcome({ id: 'OWN-2', area: 'Self-awareness', text: 'x', universal: true }).ok).toBe(false);
  });
});
