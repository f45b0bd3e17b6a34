import '#server-only';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { hashClientIp } from '@/lib/comments/reader/fingerprints';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { processSingleton } from '@/lib/runtime/singleton';
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

/**
 * Views one address may have counted in an hour: more articles than anyone reads, and a ceiling on the marks a client
 * that forges a browser's headers and invents addresses of articles can make the store keep (each is a Redis key
 * until the hour is over). Keyed on the address, which the client cannot choose.
 */
export const viewsPerReaderHour = 200;

const viewAllowance = () =>
  processSingleton('viewAllowance', () =>
    createSharedLimiter({ keyPrefix: 'views-per-reader', points: viewsPerReaderHour, duration: 3600 }),
  );

async function withinAllowance(viewer: string): Promise<boolean> {
  try {
    await viewAllowance().consume(viewer);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

/** Counts the view the beacon reports, when a reader's browser sent it; crawlers and scripts are answered the same and not counted. */
export async function countView(request: Request, slug: string): Promise<void> {
  if (!isReaderView(request.headers)) return;
  const viewer = viewerOf(request);
  if (await withinAllowance(viewer)) await getViewCounter().count(slug, viewer);
}

/** The beacon's answer: a transparent 1×1 GIF (42 bytes) no browser or proxy keeps, so the next view asks again. */
const transparentGif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function beaconResponse(): Response {
  return new Response(new Uint8Array(transparentGif), {
    headers: { 'Content-Type': 'image/gif', 'Content-Length': String(transparentGif.length), 'Cache-Control': 'no-store' },
  });
}
