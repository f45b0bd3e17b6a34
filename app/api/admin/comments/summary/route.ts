import { z } from 'zod';
import { moderatorOf } from '@/lib/comments/moderation/route-access';
import { queueSummary } from '@/lib/comments/moderation/summary';
import { getDatabase } from '@/lib/runtime/database';

const sinceSchema = z.uuid().optional().catch(undefined);

/** What the queue polls: counts per tab, the newest comment's id and how many arrived after `?since=<id>`. */
export async function GET(request: Request) {
  const access = await moderatorOf(request);
  if (access instanceof Response) return access;
  const since = sinceSchema.parse(new URL(request.url).searchParams.get('since') ?? undefined);
  return Response.json(await queueSummary(getDatabase(), since), { headers: { 'Cache-Control': 'no-store' } });
}
