import { banCommenters } from '@/lib/comments/moderation/bans';
import { moderatorOf, parseJsonBody } from '@/lib/comments/moderation/route-access';
import { banInputSchema } from '@/lib/comments/moderation/schema';
import { getDatabase } from '@/lib/runtime/database';

/** `{ kind: 'NICKNAME' | 'IP_HASH', values, period, reason, deleteExisting? }` → 201 `{ banned, deleted }`. */
export async function POST(request: Request) {
  const access = await moderatorOf(request);
  if (access instanceof Response) return access;
  const input = await parseJsonBody(request, banInputSchema, access.t);
  if (input instanceof Response) return input;
  const { banned, deleted } = await banCommenters(getDatabase(), access.staff, input);
  return Response.json({ banned, deleted: deleted.changed }, { status: 201 });
}
