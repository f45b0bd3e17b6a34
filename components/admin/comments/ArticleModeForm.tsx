'use client';

import { buttonClassName, FormField, inputClassName } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import type { CommentMode } from '@/lib/db/generated/enums';
import { moderationMessages } from '@/lib/i18n/admin/comments';
import type { Locale } from '@/lib/i18n/locales';

type Props = {
  locale: Locale;
  article: { id: string; headline: string; mode: CommentMode | null };
  siteMode: CommentMode;
  effectiveMode: CommentMode;
  save: (form: FormData) => Promise<Result<null>>;
};

/** Shown when the queue is filtered by one article: open, approve first, or close its comments, or follow the site. */
export function ArticleModeForm({ locale, article, siteMode, effectiveMode, save }: Props) {
  const t = moderationMessages[locale];
  const { submit, pending, ready, result, fieldErrors, error } = useAction(save);
  const modes: CommentMode[] = ['OPEN', 'PREMODERATED', 'CLOSED'];
  return (
    <form onSubmit={submit} aria-labelledby="article-mode-title" className="mt-4 rounded border border-rule p-3">
      <h2 id="article-mode-title" className="mb-2 text-sm font-bold">
        {t.articleModeTitle(article.headline)}
      </h2>
      <input type="hidden" name="articleId" value={article.id} />
      <div className="flex flex-wrap items-end gap-3">
        <FormField id="article-mode" label={t.articleMode} hint={t.articleModeHint} errors={fieldErrors.mode}>
          {(control) => (
            <select {...control} name="mode" defaultValue={article.mode ?? 'follow'} className={`${inputClassName} py-1 text-sm`}>
              <option value="follow">{t.followSite(t.modes[siteMode])}</option>
              {modes.map((mode) => (
                <option key={mode} value={mode}>
                  {t.modes[mode]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" disabled={!ready} className={`${buttonClassName} mb-5 py-1 text-sm`}>
          {pending ? t.saving : t.save}
        </button>
        <p className="mb-5 text-sm text-muted">{t.effectiveMode(t.modes[effectiveMode])}</p>
        <p role="status" className="mb-5 text-sm font-semibold empty:hidden">
          {result?.ok ? t.saved : ''}
        </p>
      </div>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
    </form>
  );
}
