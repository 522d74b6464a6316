import { beforeAll, describe, expect, it } from 'vitest';

import { createReviewsRepository } from '../../src/data/reviews/repository';
import { modelRows, schoolsModel } from '../../src/domain/catalogue';
import { agreeReview, reopenReview } from '../../src/domain/review/status';
import { review } from '../../tools/bench/fixtures';
import { localSite } from './support';

const site = localSite({ provision: true });
beforeAll(async () => {
});

describe('agreeing and reopening a review, stored in SharePoint', () => {
  it('keeps who agreed it and when, apart from the meeting date, and every reopening with its reason', async () => {
    const repo = createReviewsRepository(site.ctx);
    const meeting = { ...review('rev-agree'), status: 'meeting' as const };
    const saved = await repo.saveReview(meeting);
    const bestFits = modelRows(schoolsModel).map((row) => ({
      reviewId: meeting.id, rowId: row.id, column: 2 as const, evidence: '', evidenceLinks: [], nextSteps: '', agreedBy: ['ann'], agreedAt: '2026-11-20T10:00:00Z',
    }));

    const agreed = agreeReview(meeting, { by: 'ann@highfield.example', at: '2026-11-27T16:05:00Z' }, schoolsModel, bestFits);
    if (!agreed.ok) throw new Error(agreed.reason);
    const afterAgree = await repo.saveReview(agreed.value, saved);
    expect((await repo.load(meeting.id))?.review.value).toEqual(agreed.value);
    expect(afterAgree.value.date).toBe(meeting.date);

    const reopened = reopenReview(agreed.value, { by: 'ben@highfield.example', at: '2026-12-01T09:00:00Z', reason: 'Row 2.3 evidence was wrong.', canEdit: true });
    if (!reopened.ok) throw new Error(reopened.reason);
    await repo.saveReview(reopened.value, afterAgree);
    const loaded = (await repo.load(meeting.id))!.review.value;
    expect(loaded).toEqual(reopened.value);
    expect(loaded.agreement).toBeUndefined();
    expect(loaded.reopenings).toEqual([
      { by: 'ben@highfield.example', at: '2026-12-01T09:00:00Z', reason: 'Row 2.3 evidence was wrong.', agreement: { by: 'ann@highfield.example', at: '2026-11-27T16:05:00Z' } },
    ]);
  });
});
