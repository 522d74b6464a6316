import { useMemo, useState } from 'react';

import { type TemplateCatalogue, withOwnCategories } from '../../provision-template/catalogue';

/**
 * The catalogue with the school's own categories joined to it once agreed (typed into the workbook or met in an
 * import), and the way to agree more.
 */
export function useOwnCategories(catalogue: TemplateCatalogue): [TemplateCatalogue, (names: readonly string[]) => void] {
  const [ownCategories, setOwnCategories] = useState<readonly string[]>([]);
  const withOwn = useMemo(() => withOwnCategories(catalogue, ownCategories), [catalogue, ownCategories]);
  const addOwnCategories = (names: readonly string[]): void => setOwnCategories((all) => [...new Set([...all, ...names])]);
  return [withOwn, addOwnCategories];
}
