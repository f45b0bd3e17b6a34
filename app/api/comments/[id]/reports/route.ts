import { reportComment } from '@/lib/comments/report-comment';
import { commentAction, commentJson, readerHash } from '@/lib/comments/responses';
import { reportSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/db/client';

/** A reader reports a comment; enough distinct readers hide it until a moderator decides. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return commentAction(request, reportSchema, async ({ reason, note }) => {
    const reported = await reportComment(getDatabase(), (await params).id, { reason, note }, readerHash(request));
    return reported.ok ? commentJson({ reported: true }, 201) : reported;
  });
}
