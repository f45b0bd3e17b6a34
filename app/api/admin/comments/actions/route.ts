import { defineRoute } from '@/lib/actions/define-route';
import { moderateComments } from '@/lib/comments/moderation/moderate-comments';
import { moderationInputSchema } from '@/lib/comments/moderation/moderation-schema';

/** `{ action: 'delete' | 'approve' | 'restore', ids, reason?, note? }` → `{ changed }`. */
export const POST = defineRoute({
  access: 'comment.moderate',
  input: moderationInputSchema,
  handler: ({ input, staff, db }) => moderateComments(db, staff, input),
});
