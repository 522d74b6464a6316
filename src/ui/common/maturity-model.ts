import { use } from 'react';

import { schoolsModel } from '../../domain/catalogue/maturity-schools';
import type { MaturityModel, ModelVariant } from '../../domain/catalogue/types';

let colleges: Promise<MaturityModel> | undefined;
const collegesModel = (): Promise<MaturityModel> =>
  (colleges ??= import('../../domain/catalogue/maturity-colleges').then((m) => m.collegesModel));

/** Starts fetching a review's model while the review is read (the colleges model is not in a school's download). */
export function preloadMaturityModel(variant: ModelVariant): void {
  if (variant === 'colleges') collegesModel().catch(() => undefined);
}

/**
 * A review's maturity model. The schools model comes with the review's code; the colleges model is fetched the
 * first time a colleges review is shown, and the component waits for it (suspends) meanwhile.
 */
export function useMaturityModel(variant: ModelVariant): MaturityModel {
  return variant === 'colleges' ? use(collegesModel()) : schoolsModel;
}
