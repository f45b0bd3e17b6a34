import '#server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { AdminMessages } from '@/lib/i18n/admin-messages';

type CommentMessages = AdminMessages['comments'];
type CommentAuditAction = keyof CommentMessages['auditActions'];

const isCommentAction = (action: string, t: CommentMessages): action is CommentAuditAction => Object.hasOwn(t.auditActions, action);

function field(details: Prisma.JsonValue | null, key: string): string | undefined {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return undefined;
  const value = details[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

const labelIn = <T extends Record<string, string>>(labels: T, value: string | undefined) =>
  value && Object.hasOwn(labels, value) ? labels[value as keyof T] : value;

/**
 * A comment moderation entry as a sentence in the reader's language (what, why, about whom), so the audit log
 * answers "who deleted this and why" without reading JSON; null for entries of other kinds.
 */
export function describeCommentEntry(action: string, details: Prisma.JsonValue | null, t: CommentMessages): string | null {
  if (!isCommentAction(action, t)) return null;
  const at = (key: string) => field(details, key);
  const reason = labelIn(t.reasons, at('reason'));
  const parts: (string | undefined)[] = [t.auditActions[action]];
  switch (action) {
    case 'comment.delete':
    case 'comment.approve':
    case 'comment.restore':
      parts.push(reason && t.auditReason(reason), at('note'), at('nickname') && t.auditNickname(at('nickname')!));
      break;
    case 'comment.ban':
    case 'comment.unban':
      parts.push(labelIn(t.banKinds, at('kind')), at('value'), at('reason') && t.auditReason(at('reason')!));
      break;
    case 'comment.wordAdd':
    case 'comment.wordRemove':
      parts.push(at('term'), labelIn(t.levels, at('level')));
      break;
    default:
      break;
  }
  return parts.filter(Boolean).join(' · ');
}
