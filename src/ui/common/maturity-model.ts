import { use } from 'react';

import { schoolsModel } from '../../domain/catalogue/maturity-schools';
import type { MaturityModel, MaturityModelText, ModelVariant } from '../../domain/catalogue/types';
import { type FetchedOnce, fetchOnce } from './fetch-once';

// The colleges outline is not in a school's download.
const collegesModel = fetchOnce(() => import('../../domain/catalogue/maturity-colleges').then((m) => m.collegesModel));

// The rows' column descriptors and purposes: only the views that show a row in full load them.
const rowText: Record<ModelVariant, FetchedOnce<MaturityModelText>> = {
  schools: fetchOnce(() => import('../../domain/catalogue/maturity-schools-text').then((m) => m.schoolsRowText)),
  colleges: fetchOnce(() => import('../../domain/catalogue/maturity-colleges-text').then((m) => m.collegesRowText)),
};

/** Starts fetching a review's model while the review is read. */
export function preloadMaturityModel(variant: ModelVariant): void {
  if (variant === 'colleges') collegesModel.load().catch(() => undefined);
}

/** A review's maturity model, its outline, for code outside render (the colleges outline is fetched once). */
export function loadMaturityModel(variant: ModelVariant): Promise<MaturityModel> {
  return variant === 'colleges' ? collegesModel.load() : Promise.resolve(schoolsModel);
}

/**
 * A review's maturity model, its outline. The schools outline comes with the review's code; the colleges outline
 * is fetched the first time a colleges review is shown, and the component waits for it (suspends) meanwhile.
 */
export function useMaturityModel(variant: ModelVariant): MaturityModel {
  return variant === 'colleges' ? (collegesModel.value ?? use(collegesModel.load())) : schoolsModel;
}

/**
 * The text a row of this model shows: its own column descriptors, and the schools model's purposes (a colleges row
 * borrows them: only the schools model has a change log).
 */
const textShownFor = (variant: ModelVariant): readonly ModelVariant[] => (variant === 'colleges' ? ['colleges', 'schools'] : ['schools']);

/** Starts fetching the text a model's rows show, as soon as a view that shows it is chosen (beside its data). */
export function preloadMaturityRowText(variant: ModelVariant): void {
  for (const v of textShownFor(variant)) rowText[v].load().catch(() => undefined);
}

/** A model's row text (column descriptors, purposes); the component waits for it (suspends) until it is in. */
export function useMaturityRowText(variant: ModelVariant): MaturityModelText {
  const text = rowText[variant];
  return text.value ?? use(text.load());
}
