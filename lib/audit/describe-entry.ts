import type { AuditMessages } from '@/lib/i18n/admin/audit';
import { isAuditAction } from './actions';
import type { AuditTarget } from './audit-targets';
import { readDetails, type Sentence } from './sentence';

type Entry = { action: string; entityId: string; details: unknown; target: AuditTarget | null };

/** The entry as a sentence in the reader's language; a kind this version does not know reads as its code. */
export function describeAuditEntry(entry: Entry, t: AuditMessages): Sentence {
  if (!isAuditAction(entry.action)) return t.auditUnknownAction(entry.action, entry.target !== null);
  return t.auditSentences[entry.action](readDetails(entry.details, entry.entityId));
}

/** How the target reads inside the sentence: headlines, captions and comments in quotation marks, names as they are. */
export function targetText(target: AuditTarget | null, t: AuditMessages): { text: string; quoted: boolean } {
  if (!target) return { text: t.auditDeletedTarget, quoted: false };
  return { text: target.label, quoted: target.kind !== 'staff' };
}

/** The sentence as plain text, target included: what the page shows, less the links. */
export function auditEntryText(entry: Entry, t: AuditMessages): string {
  const [before, after] = describeAuditEntry(entry, t);
  if (after === undefined) return before;
  const { text, quoted } = targetText(entry.target, t);
  return `${before}${quoted ? `“${text}”` : text}${after}`;
}
