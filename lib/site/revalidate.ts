import { processPageCache } from '@/lib/cache/process-cache';
import { pathTag, readerPagesTag } from '@/lib/cache/tags';

/**
 * Reader pages are cached after their first request; after a change readers can see, mark the cached copies of
 * these addresses superseded on every app server, so the next reader of each gets it rendered anew, or, while that
 * render fails (the database is out), the copy as it was (lib/cache/handler.ts). Works from anywhere in the server
 * (route handlers, server actions, timers), unlike Next.js's revalidatePath, which needs a request.
 */
export async function revalidateReaderPages(paths: readonly string[]): Promise<void> {
  await processPageCache().revalidateTags(paths.map(pathTag));
}

/** After a change every reader page shows (a breaking banner): every cached reader page, on every app server. */
export async function revalidateAllReaderPages(): Promise<void> {
  await processPageCache().revalidateTags([readerPagesTag]);
}
