import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { queueSummary } from '@/lib/comments/moderation/queue';

/** What the queue polls: counts per tab, the newest comment's id and how many arrived after `?since=<id>`. */
export const GET = defineRoute({
  access: 'comment.moderate',
  input: z.object({ since: z.uuid().optional().catch(undefined) }),
  handler: ({ input, db }) => queueSummary(db, input.since),
});
