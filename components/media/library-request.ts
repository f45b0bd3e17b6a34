import { fetchResult, type Result } from '@/lib/actions/result';
import type { LibraryPage } from '@/lib/media/library';

/** A page of the photo library from the route the picker reads: `{ after }` pages on, `{ ids }` finds those photos. */
export function fetchLibrary(query: { after?: string } | { ids: readonly string[] }, unavailable: string): Promise<Result<LibraryPage>> {
  const params = new URLSearchParams('ids' in query ? { ids: query.ids.join(',') } : query.after ? { after: query.after } : {});
  return fetchResult<LibraryPage>(`/api/admin/photos?${params}`, { cache: 'no-store' }, unavailable);
}
