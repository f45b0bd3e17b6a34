import { defineRoute } from '@/lib/actions/define-route';
import { banCommenters } from '@/lib/comments/moderation/commenter-bans';
import { banInputSchema } from '@/lib/comments/moderation/moderation-schema';

/** `{ kind: 'NICKNAME' | 'IP_HASH', values, period, reason, deleteExisting? }` → 201 `{ banned, deleted }`. */
export const POST = defineRoute({
  access: 'comment.moderate',
  input: banInputSchema,
  status: 201,
  handler: async ({ input, staff, db }) => {
    const { banned, deleted } = await banCommenters(db, staff, input);
    return { banned, deleted: deleted.changed };
  },
});
