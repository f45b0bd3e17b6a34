'use client';

import { fetchResult, postJson } from '@/lib/actions/result';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition, type ReactNode } from 'react';
import type { QueueRow, QueueSummary } from '@/lib/comments/moderation/queue';
import { formatQueueCount, shortHash, type QueueParams } from '@/lib/comments/moderation/queue-href';
import { moderationMessages } from '@/lib/i18n/admin/comments';
import type { Locale } from '@/lib/i18n/locales';
import { BanDialog, type BanTarget } from './BanDialog';
import { CommentRow, rowActions, type RowAction } from './CommentRow';
import { DeleteDialog } from './DeleteDialog';
import { QueueTabs } from './QueueTabs';
import { useQueueShortcuts, type QueueShortcut } from './use-queue-shortcuts';
import { summaryChanged, useQueueSummary } from './use-queue-summary';

type Props = {
  rows: QueueRow[];
  params: QueueParams;
  summary: QueueSummary;
  locale: Locale;
  /** The filter form and anything else shown between the tabs and the list. */
  children: ReactNode;
};

type Dialog = { kind: 'delete'; ids: string[] } | { kind: 'ban'; target: BanTarget } | null;

const toolButton =
  'rounded border border-rule px-2.5 py-1 text-sm font-semibold hover:border-ink disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:border-rule';

function banTarget(kind: BanTarget['kind'], rows: QueueRow[]): BanTarget {
  const values = [...new Set(rows.map((row) => (kind === 'NICKNAME' ? row.nickname : row.ipHash)))];
  return { kind, values, labels: kind === 'NICKNAME' ? values : values.map(shortHash) };
}

/**
 * The queue a moderator works through: tabs with live counts, rows to select (or move through with j/k),
 * actions on the selection (or the current row), and new comments shown without a reload.
 */
export function ModerationQueue({ rows, params, summary, locale, children }: Props) {
  const t = moderationMessages[locale];
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());

  const live = useQueueSummary(summary);
  const changed = summaryChanged(summary, live);
  const selectedRows = rows.filter((row) => selected.has(row.id));
  const idle = selectedRows.length === 0 && dialog === null && !pending;

  // Nothing in hand: show what changed at once. Otherwise say so, and let the moderator choose when.
  useEffect(() => {
    if (changed && idle) router.refresh();
  }, [changed, idle, router]);

  const targets = (): QueueRow[] => {
    if (selectedRows.length > 0) return selectedRows;
    const current = rows.find((row) => row.id === currentId);
    return current ? [current] : [];
  };

  function finish(text: string) {
    setMessage(text);
    setDialog(null);
    setSelected(new Set());
    router.refresh();
  }

  function act(action: RowAction, chosen: QueueRow[]) {
    const applicable = chosen.filter((row) => rowActions(row).includes(action));
    if (applicable.length === 0) return;
    const ids = applicable.map((row) => row.id);
    if (action === 'delete') {
      setDialog({ kind: 'delete', ids });
      return;
    }
    startTransition(async () => {
      const result = await fetchResult<{ changed: number }>('/api/admin/comments/actions', postJson({ action, ids }), t.failed);
      if (!result.ok) setMessage(result.error);
      else
        finish(
          result.data.changed === 0
            ? t.nothingChanged
            : action === 'approve'
              ? t.approved(result.data.changed)
              : t.restored(result.data.changed),
        );
    });
  }

  function select(id: string, on: boolean) {
    setSelected((before) => {
      const after = new Set(before);
      if (on) after.add(id);
      else after.delete(id);
      return after;
    });
  }

  function moveTo(index: number) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    setCurrentId(row.id);
    const element = rowElements.current.get(row.id);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }

  useQueueShortcuts((shortcut: QueueShortcut) => {
    const index = rows.findIndex((row) => row.id === currentId);
    if (shortcut === 'next') moveTo(index + 1);
    else if (shortcut === 'previous') moveTo(index < 0 ? 0 : index - 1);
    else if (shortcut === 'toggle') {
      if (currentId) select(currentId, !selected.has(currentId));
    } else act(shortcut, targets());
  });

  const allSelected = rows.length > 0 && selectedRows.length === rows.length;
  const inHand = targets();
  const can = (action: RowAction) => !pending && inHand.some((row) => rowActions(row).includes(action));

  return (
    <>
      <QueueTabs counts={live.counts} params={params} t={t} />
      {children}

      <div className="sticky top-0 z-10 mt-4 flex flex-wrap items-center gap-2 border-b border-rule bg-paper py-2">
        <div role="group" aria-label={t.bulkLabel} className="flex flex-wrap items-center gap-2">
          <span className="min-w-24 text-sm text-muted tabular-nums">{t.selected(selectedRows.length)}</span>
          <button
            type="button"
            className={toolButton}
            disabled={!can('approve')}
            aria-keyshortcuts="a"
            onClick={() => act('approve', inHand)}
          >
            {t.approve}
          </button>
          <button
            type="button"
            className={toolButton}
            disabled={!can('delete')}
            aria-keyshortcuts="d"
            onClick={() => act('delete', inHand)}
          >
            {t.delete}
          </button>
          <button
            type="button"
            className={toolButton}
            disabled={!can('restore')}
            aria-keyshortcuts="r"
            onClick={() => act('restore', inHand)}
          >
            {t.restore}
          </button>
          <button
            type="button"
            className={toolButton}
            disabled={pending || inHand.length === 0}
            onClick={() => setDialog({ kind: 'ban', target: banTarget('NICKNAME', inHand) })}
          >
            {t.banNickname}
          </button>
          <button
            type="button"
            className={toolButton}
            disabled={pending || inHand.length === 0}
            onClick={() => setDialog({ kind: 'ban', target: banTarget('IP_HASH', inHand) })}
          >
            {t.banIp}
          </button>
        </div>
        <p role="status" className="text-sm font-semibold empty:hidden">
          {message}
        </p>
        <div role="status" className="ml-auto flex items-center gap-2 text-sm empty:hidden">
          {changed && !idle && live.newSince > 0 && (
            <>
              <span className="font-semibold">{t.newComments(formatQueueCount(live.newSince))}</span>
              <button type="button" className={toolButton} onClick={() => router.refresh()}>
                {t.showNew}
              </button>
            </>
          )}
        </div>
      </div>
      <p className="mt-1 text-xs text-muted">{t.shortcuts}</p>

      {rows.length === 0 ? (
        <p className="py-6 text-muted">{t.empty}</p>
      ) : (
        <table aria-keyshortcuts="j k" className="mt-2 w-full table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">{t.listCaption(t.tabs[params.tab])}</caption>
          <colgroup>
            <col className="w-9" />
            <col className="w-32" />
            <col />
            <col className="w-48" />
            <col className="w-32" />
          </colgroup>
          <thead className="border-b-2 border-ink">
            <tr>
              <th scope="col" className="py-2 pl-2">
                <input
                  type="checkbox"
                  aria-label={t.selectAll}
                  checked={allSelected}
                  onChange={(event) => setSelected(new Set(event.target.checked ? rows.map((row) => row.id) : []))}
                  className="size-4"
                />
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.columns.author}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.columns.comment}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.columns.article}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t.columns.time}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <CommentRow
                key={row.id}
                row={row}
                params={params}
                locale={locale}
                t={t}
                selected={selected.has(row.id)}
                current={row.id === currentId}
                rowRef={(element) => {
                  if (element) rowElements.current.set(row.id, element);
                  else rowElements.current.delete(row.id);
                }}
                onSelect={(on) => select(row.id, on)}
                onFocus={() => setCurrentId(row.id)}
                onAction={(action) => act(action, [row])}
              />
            ))}
          </tbody>
        </table>
      )}

      {dialog?.kind === 'delete' && (
        <DeleteDialog
          ids={dialog.ids}
          t={t}
          onClose={() => setDialog(null)}
          onDone={(count) => finish(count === 0 ? t.nothingChanged : t.deleted(count))}
        />
      )}
      {dialog?.kind === 'ban' && (
        <BanDialog
          target={dialog.target}
          t={t}
          onClose={() => setDialog(null)}
          onDone={(banned, deleted) => finish(t.banned(banned, deleted))}
        />
      )}
    </>
  );
}
