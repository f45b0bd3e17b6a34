import type { LibraryPage } from '@/lib/media/library';

/** A page of the photo library from the route the picker reads: `{ after }` pages on, `{ ids }` finds those photos. */
export async function fetchLibrary(query: { after?: string } | { ids: readonly string[] }): Promise<LibraryPage> {
  const params = new URLSearchParams('ids' in query ? { ids: query.ids.join(',') } : query.after ? { after: query.after } : {});
  const response = await fetch(`/api/admin/photos?${params}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The photo library answered ${response.status}`);
  return (await response.json()) as LibraryPage;
}
