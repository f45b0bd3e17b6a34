import Link from 'next/link';
import type { Ref } from 'react';
import type { QueueRow } from '@/lib/comments/moderation/queue';
import { queueHref, shortHash, type QueueParams } from '@/lib/comments/moderation/queue-href';
import { articlePath } from '@/lib/articles/paths';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { localName } from '@/lib/i18n/local-name';
import { formatNewsTime } from '@/lib/i18n/time';
import { CommentText } from './CommentText';

export type RowAction = 'approve' | 'delete' | 'restore';

/** What a moderator can still do with a comment in its state. */
export function rowActions(row: QueueRow): RowAction[] {
  if (row.status === 'DELETED') return row.deletion?.by ? ['restore'] : [];
  return row.status === 'HELD' || row.reports.count > 0 ? ['approve', 'delete'] : ['delete'];
}

type Props = {
  row: QueueRow;
  params: QueueParams;
  locale: Locale;
  t: AdminMessages['comments'];
  selected: boolean;
  current: boolean;
  rowRef: Ref<HTMLTableRowElement>;
  onSelect: (selected: boolean) => void;
  onFocus: () => void;
  onAction: (action: RowAction) => void;
};

const badge = 'rounded px-1.5 py-0.5 text-xs font-semibold';
// Deleting is the one to think twice about: it alone is in the warning colour.
const rowButton = (action: RowAction) => `font-semibold hover:underline ${action === 'delete' ? 'text-accent' : 'text-ink'}`;

/** One comment: who (nickname, address hash), what and its state, where, when; the text is always plain text. */
export function CommentRow({ row, params, locale, t, selected, current, rowRef, onSelect, onFocus, onAction }: Props) {
  const filterLink = 'hover:underline';
  const { article, deletion, reports } = row;
  const actions = rowActions(row);
  return (
    <tr
      ref={rowRef}
      tabIndex={-1}
      onFocus={onFocus}
      data-current={current || undefined}
      className={`border-b border-rule align-top outline-none data-current:shadow-[inset_3px_0_0_var(--color-accent)] ${selected ? 'bg-accent/10' : row.status === 'HELD' ? 'bg-amber-400/10' : ''}`}
    >
      <td className="py-2 pr-2 pl-2">
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={t.selectComment(row.nickname)}
          aria-keyshortcuts="x"
          className="size-4"
        />
      </td>
      <td className="py-2 pr-3 break-words">
        <Link
          href={queueHref({ tab: params.tab }, { nickname: row.nickname })}
          title={t.filterByNickname(row.nickname)}
          className={`font-semibold ${filterLink}`}
        >
          {row.nickname}
        </Link>
        {row.staff && <span className={`${badge} ml-1 bg-ink text-paper`}>{t.staffBadge}</span>}
        <Link
          href={queueHref({ tab: params.tab }, { ip: row.ipHash })}
          title={t.filterByIp(shortHash(row.ipHash))}
          className={`block font-mono text-xs text-muted ${filterLink}`}
        >
          IP {shortHash(row.ipHash)}
        </Link>
      </td>
      <td className="py-2 pr-3">
        <div className="mb-1 flex flex-wrap items-center gap-1.5">
          {row.status === 'HELD' && (
            <span
              className={`${badge} bg-amber-200 text-amber-950`}
            >{`${t.statuses.HELD}${row.holdReason ? ` · ${t.holdReasons[row.holdReason]}` : ''}`}</span>
          )}
          {row.status === 'DELETED' && <span className={`${badge} bg-rule text-ink`}>{t.statuses.DELETED}</span>}
          {reports.count > 0 && (
            <span className={`${badge} bg-accent text-paper`}>
              {t.reports(reports.count)}
              {reports.reasons.length > 0 && `: ${reports.reasons.map(({ reason, count }) => `${t.reasons[reason]} ${count}`).join(', ')}`}
            </span>
          )}
        </div>
        <CommentText
          text={row.content}
          lang={isLocale(row.locale) ? row.locale : undefined}
          muted={row.status === 'DELETED'}
          showMore={t.showMore}
          showLess={t.showLess}
        />
        {reports.notes.length > 0 && (
          <ul className="mt-1 list-inside list-disc text-xs text-muted">
            {reports.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        )}
        {reports.reporters.length > 0 && (
          <div className="mt-1 text-xs text-muted">
            <p className="font-semibold">{t.reportersLabel}</p>
            <ul className="font-mono">
              {reports.reporters.map((reporter, index) => (
                <li key={index}>{t.reportedFrom(shortHash(reporter.ipHash), shortHash(reporter.networkHash))}</li>
              ))}
            </ul>
          </div>
        )}
        {deletion && (
          <p className="mt-1 text-xs text-muted">
            {deletion.by ? t.deletedBy(localName(deletion.by, locale)) : t.deletedByAuthor}
            {deletion.reason && ` · ${t.reasons[deletion.reason]}`}
            {deletion.note && ` · ${deletion.note}`}
            {' · '}
            <time dateTime={deletion.at.toISOString()}>{formatNewsTime(deletion.at, locale)}</time>
          </p>
        )}
        {actions.length > 0 && (
          <div role="group" aria-label={t.rowActions(row.nickname)} className="mt-1 flex gap-3 text-sm">
            {actions.map((action) => (
              <button key={action} type="button" onClick={() => onAction(action)} className={rowButton(action)}>
                {t[action]}
              </button>
            ))}
          </div>
        )}
      </td>
      <td className="py-2 pr-3 break-words">
        <a href={articlePath(article.publicLocale, article.slug)} lang={article.headlineLocale} className="hover:underline">
          {article.headline}
        </a>
        {params.article !== article.slug && (
          <Link href={queueHref(params, { article: article.slug, after: undefined })} className="block text-xs text-muted hover:underline">
            {t.onlyThisArticle}
          </Link>
        )}
      </td>
      <td className="py-2 pr-2 text-xs text-muted">
        <time dateTime={row.createdAt.toISOString()}>{formatNewsTime(row.createdAt, locale)}</time>
        {isLocale(row.locale) && <span className="block">{t.languages[row.locale]}</span>}
      </td>
    </tr>
  );
}
