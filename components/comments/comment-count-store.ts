import { useSyncExternalStore } from 'react';

/**
 * Each article's comment count, shared by the comment section (which loads and changes it) and the
 * link in the article header (which shows it): two client islands, one number.
 */
const counts = new Map<string, number>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setCommentCount(slug: string, count: number | ((current: number) => number)) {
  const next = typeof count === 'function' ? count(counts.get(slug) ?? 0) : count;
  counts.set(slug, Math.max(0, next));
  for (const listener of listeners) listener();
}

/** Null until the comments island has started (and in the server's HTML, which shows the page's stored count). */
export function useCommentCount(slug: string): number | null {
  return useSyncExternalStore(
    subscribe,
    () => counts.get(slug) ?? null,
    () => null,
  );
}
