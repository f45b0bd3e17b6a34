import { moderateComments } from '@/lib/comments/moderation/actions';
import { moderatorOf, parseJsonBody } from '@/lib/comments/moderation/route-access';
import { moderationInputSchema } from '@/lib/comments/moderation/schema';
import { getDatabase } from '@/lib/runtime/database';

/** `{ action: 'delete' | 'approve' | 'restore', ids, reason?, note? }` → `{ changed }`. */
export async function POST(request: Request) {
  const access = await moderatorOf(request);
  if (access instanceof Response) return access;
  const input = await parseJsonBody(request, moderationInputSchema, access.t);
  if (input instanceof Response) return input;
  return Response.json(await moderateComments(getDatabase(), access.staff, input));
}
