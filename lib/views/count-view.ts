import '#server-only';
import { hashClientIp } from '@/lib/comments/reader/fingerprints';
import { requestAddress } from '@/lib/security/client-address';
import { getViewCounter } from './view-counter';
import { isReaderView } from './view-rules';

/**
 * The reader as the count knows them: the keyed hash of their address (lib/comments/reader/fingerprints.ts), cut
 * to 64 bits, plenty to tell one article's readers within an hour apart and a quarter of the memory.
 */
export function viewerOf(request: Request): string {
  return hashClientIp(requestAddress(request)).slice(0, 16);
}

/** Counts the view the beacon reports, when a reader's browser sent it; crawlers and scripts are answered the same and not counted. */
export async function countView(request: Request, slug: string): Promise<void> {
  if (isReaderView(request.headers)) await getViewCounter().count(slug, viewerOf(request));
}

/** The beacon's answer: a transparent 1×1 GIF (42 bytes) no browser or proxy keeps, so the next view asks again. */
const transparentGif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function beaconResponse(): Response {
  return new Response(new Uint8Array(transparentGif), {
    headers: { 'Content-Type': 'image/gif', 'Content-Length': String(transparentGif.length), 'Cache-Control': 'no-store' },
  });
}
