import Link from 'next/link';
import { buttonClassName, inputClassName } from '@/components/shared/FormField';
import { queueHref, type QueueParams } from '@/lib/comments/moderation/queue-href';
import type { AdminMessages } from '@/lib/i18n/admin-messages';

type Field = 'article' | 'nickname' | 'from' | 'to' | 'ip' | 'q';

const fieldClass = `${inputClassName} py-1 text-sm`;

/** A plain GET form: a filtered queue can be bookmarked and shared; the tab stays, the page starts over. */
export function QueueFilters({ params, t }: { params: QueueParams; t: AdminMessages['comments'] }) {
  const field = (name: Field, label: string, type: string, width: string) => (
    <label className={`flex flex-col gap-0.5 text-xs ${width}`}>
      <span className="font-semibold">{label}</span>
      <input type={type} name={name} defaultValue={params[name] ?? ''} className={fieldClass} />
    </label>
  );
  const filtered = (['article', 'nickname', 'from', 'to', 'ip', 'q'] as const).some((name) => params[name]);
  return (
    <form role="search" aria-label={t.filtersLabel} action="/admin/comments" className="mt-4 flex flex-wrap items-end gap-2">
      {params.tab !== 'all' && <input type="hidden" name="tab" value={params.tab} />}
      {field('q', t.filterText, 'search', 'w-44')}
      {field('article', t.filterArticle, 'text', 'w-44')}
      {field('nickname', t.filterNickname, 'text', 'w-28')}
      {field('ip', t.filterIp, 'text', 'w-28')}
      {field('from', t.filterFrom, 'date', 'w-36')}
      {field('to', t.filterTo, 'date', 'w-36')}
      <button type="submit" className={`${buttonClassName} py-1 text-sm`}>
        {t.applyFilters}
      </button>
      {filtered && (
        <Link href={queueHref({ tab: params.tab })} className="py-1 text-sm font-semibold hover:underline">
          {t.clearFilters}
        </Link>
      )}
    </form>
  );
}
