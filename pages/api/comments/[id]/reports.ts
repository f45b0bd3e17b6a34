import { z } from 'zod';
import { reportComment } from '@/lib/comments/report-comment';
import { commentAction, commentJson, readerHash, readerNetworkHash, withFreshListsCookie } from '@/lib/comments/responses';
import { reportSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/runtime/database';
import { pagesApiRoute } from '@/lib/http/pages-api';

/**
 * A reader reports a comment (the first time on an article, with an anti-spam answer); readers from enough distinct
 * networks hide it until a moderator decides.
 */
export async function POST(request: Request, { id }: { id: string }) {
  return commentAction(request, reportSchema, async (report) => {
    const reported = await reportComment(getDatabase(), id, report, { ipHash: readerHash(request), networkHash: readerNetworkHash(request) });
    return reported.ok ? withFreshListsCookie(commentJson({ reported: true }, 201)) : reported;
  });
}

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ id: z.string() }), { POST });
