import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/** False in the server's HTML and until React has taken over the page: controls that need JavaScript wait for it. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
