import { z } from 'zod';
import { reportComment } from '@/lib/comments/report-comment';
import { commentAction, commentJson, readerHash, withFreshListsCookie } from '@/lib/comments/responses';
import { reportSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/db/client';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** A reader reports a comment; enough distinct readers hide it until a moderator decides. */
export async function POST(request: Request, { id }: { id: string }) {
  return commentAction(request, reportSchema, async ({ reason, note }) => {
    const reported = await reportComment(getDatabase(), id, { reason, note }, readerHash(request));
    return reported.ok ? withFreshListsCookie(commentJson({ reported: true }, 201)) : reported;
  });
}

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ id: z.string() }), { POST });
