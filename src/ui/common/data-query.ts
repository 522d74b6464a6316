import { type QueryKey, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * A feature's main read, cached under `key` and shared by every view that shows it, and the way a saved
 * change is put into that cache (so a write shows everywhere without reading the lists again).
 */
export function useLoadQuery<T>(key: QueryKey, load: () => Promise<T | null>): UseQueryResult<T | null> {
  return useQuery({ queryKey: key, queryFn: load });
}

export function useCacheUpdate<T>(key: QueryKey): (change: (value: T) => T) => void {
  const client = useQueryClient();
  return useCallback((change) => client.setQueryData<T | null>(key, (old) => (old ? change(old) : old)), [client, key]);
}
