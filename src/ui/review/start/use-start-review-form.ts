import { useState } from 'react';

import type { ModelVariant } from '../../../domain/catalogue/types';
import type { Review } from '../../../domain/review/types';
import { todayIso } from '../../common/ids';
import type { SignedInUser } from '../../common/services-context';
import { blankLine } from './participant-lines';
import { type FormErrors, type ParticipantLine, reviewFromForm, suggestedTitle } from './review-form';

/**
 * The start form's state: the title follows the meeting date until someone types one, the signed-in person is the
 * first participant, and submitting checks the form with the domain's rules before creating the review.
 */
export function useStartReviewForm(props: {
  user: SignedInUser;
  institutionId: string;
  defaultVariant: ModelVariant;
  create: (review: Review) => Promise<void>;
}) {
  const [date, setDate] = useState(todayIso);
  const [title, setTitle] = useState(() => suggestedTitle(todayIso()));
  const [titleTouched, setTitleTouched] = useState(false);
  const [variant, setVariant] = useState<ModelVariant>(props.defaultVariant);
  const [lines, setLines] = useState<readonly ParticipantLine[]>(() => [
    { key: crypto.randomUUID(), displayName: props.user.displayName, email: props.user.upn ?? '', role: 'Careers Leader' },
    blankLine(),
  ]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const changeDate = (value: string): void => {
    setDate(value);
    if (!titleTouched) setTitle(suggestedTitle(value));
  };
  const changeTitle = (value: string): void => {
    setTitle(value);
    setTitleTouched(true);
  };

  const submit = async (): Promise<void> => {
    const result = reviewFromForm(
      { title, date, variant, participants: lines },
      { institutionId: props.institutionId, makeId: () => crypto.randomUUID() },
    );
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setFailure(undefined);
    try {
      await props.create(result.review);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return { date, changeDate, title, changeTitle, variant, setVariant, lines, setLines, errors, busy, failure, setFailure, submit };
}
