import '#server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { CommentHoldReason } from '@/lib/db/generated/enums';
import { enqueueWebhookEvent } from './outbox';

/** A moderation chat tool needs enough to decide whether to look now, not the whole comment. */
const excerptLength = 200;

export type HeldComment = { id: string; articleSlug: string; content: string; holdReason: CommentHoldReason };

/** Call inside the transaction that stored the held comment. */
export function enqueueCommentHeld(tx: Prisma.TransactionClient, comment: HeldComment, now = new Date()): Promise<number> {
  const excerpt =
    [...comment.content].length > excerptLength ? `${[...comment.content].slice(0, excerptLength).join('')}…` : comment.content;
  return enqueueWebhookEvent(
    tx,
    'comment.held',
    async () => ({ comment: { id: comment.id, articleSlug: comment.articleSlug, excerpt, holdReason: comment.holdReason } }),
    now,
  );
}
