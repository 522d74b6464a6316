import { useCallback, useState } from 'react';

/**
 * Where the user is (view, review, row) kept in the page's query string, so a reload or a shared stage link
 * opens the same place. Replaces history entries rather than adding them: Teams tabs have no back button.
 */
export function useQueryParam(name: string): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => new URLSearchParams(window.location.search).get(name));
  const update = useCallback(
    (next: string | null) => {
      const url = new URL(window.location.href);
      if (next === null) url.searchParams.delete(name);
      else url.searchParams.set(name, next);
      window.history.replaceState(window.history.state, '', url);
      setValue(next);
    },
    [name],
  );
  return [value, update];
}
