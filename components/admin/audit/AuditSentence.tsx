import Link from 'next/link';
import { editorPath } from '@/lib/articles/admin-paths';
import type { AuditTarget } from '@/lib/audit/audit-targets';
import { describeAuditEntry, targetText } from '@/lib/audit/describe-entry';
import { auditMessages, type AuditMessages } from '@/lib/i18n/admin/audit';
import type { Locale } from '@/lib/i18n/locales';

type Entry = { action: string; entityId: string; details: unknown; target: AuditTarget | null };

const linkClass = 'font-semibold underline decoration-rule underline-offset-2 hover:decoration-ink';

/** Where a target opens in the newsroom: an article in its editor, a photo on its page; people and comments are named. */
function targetHref(target: AuditTarget): string | null {
  if (target.kind === 'article') return editorPath(target.id);
  if (target.kind === 'photo') return `/admin/media/${target.id}`;
  return null;
}

function Target({ target, t }: { target: AuditTarget | null; t: AuditMessages }) {
  const { text, quoted } = targetText(target, t);
  const href = target && targetHref(target);
  const shown = href ? (
    <Link href={href} className={linkClass}>
      {text}
    </Link>
  ) : (
    <span className={target ? 'font-semibold' : 'text-muted'}>{text}</span>
  );
  return quoted ? <>“{shown}”</> : shown;
}

/** An audit entry as a sentence, its target linked; a comment's article on a line of its own. */
export function AuditSentence({ entry, locale }: { entry: Entry; locale: Locale }) {
  const t = auditMessages[locale];
  const [before, after] = describeAuditEntry(entry, t);
  const { target } = entry;
  return (
    <>
      <p>
        {before}
        {after !== undefined && (
          <>
            <Target target={target} t={t} />
            {after}
          </>
        )}
      </p>
      {target?.kind === 'comment' && (
        <p className="text-xs text-muted">
          {t.auditCommentOn}: “
          <Link href={editorPath(target.article.id)} className={linkClass}>
            {target.article.label}
          </Link>
          ”
        </p>
      )}
    </>
  );
}
