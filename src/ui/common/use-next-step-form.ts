import { useState } from 'react';

import type { MaturityRow } from '../../domain/catalogue/types';
import type { Priority } from '../../domain/plan/types';
import type { AgreedBestFit } from '../../domain/review/types';
import { newId, todayIso } from './ids';
import { emptyNextStepDraft, type MadeFromNextStep, type NextStepDraft, planNextStep } from './next-step-draft';
import { type Action, useAction } from './use-action';

export interface NextStepForm extends Action {
  readonly draft: NextStepDraft;
  readonly errors: Record<string, string>;
  readonly today: string;
  edit(change: Partial<NextStepDraft>): void;
  /** Checks the draft against the plan's `known` priorities and, when it is whole, saves what it makes. */
  create(known: readonly Priority[]): Promise<void>;
}

/** The state of "Make this next step an action": the draft, what is wrong with it, and its save. */
export function useNextStepForm(
  bestFit: AgreedBestFit,
  row: MaturityRow,
  save: (made: MadeFromNextStep) => Promise<void>,
  onClose: () => void,
): NextStepForm {
  const [draft, setDraft] = useState<NextStepDraft>(emptyNextStepDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const action = useAction(onClose);
  // The ids stay the same across retries, so a save whose answer was lost is never made twice.
  const [ids] = useState(() => ({ actionId: newId('act'), newPriorityId: newId('pri') }));
  const today = todayIso();
  const edit = (change: Partial<NextStepDraft>): void => {
    setDraft((d) => ({ ...d, ...change }));
    // A field put right stops saying what was wrong with it.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in change))));
  };

  const create = async (known: readonly Priority[]): Promise<void> => {
    const result = planNextStep(bestFit, row, draft, { ...ids, priorityIds: known.map((p) => p.id), today });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    await action.run(() => save(result));
  };
  return { ...action, draft, errors, today, edit, create };
}
