import { readOnlyRoute } from '@/lib/actions/read-only-route';
import { mediaContentType, mediaKeySchema, readMedia } from '@/lib/media/storage';

/** Stored photos. Keys name their content (a digest), so a response never changes: cache it for good. */
export const GET = readOnlyRoute(async (_request, { params }: { params: Promise<{ key: string[] }> }) => {
  const parsed = mediaKeySchema.safeParse((await params).key.join('/'));
  if (!parsed.success) return new Response('Not found', { status: 404 });
  const data = await readMedia(parsed.data);
  if (!data) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': mediaContentType(parsed.data),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
