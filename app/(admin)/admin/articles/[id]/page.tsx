import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { ArticleEditor } from '@/components/admin/articles/editor/ArticleEditor';
import { CorrectionForm } from '@/components/admin/articles/CorrectionForm';
import { CorrectionList } from '@/components/admin/articles/CorrectionList';
import { TranslationChecksView } from '@/components/translation/TranslationChecks';
import { requireArticleAccess } from '@/lib/articles/admin-access';
import { previewPath, revisionsPath } from '@/lib/articles/admin-paths';
import { listCorrections } from '@/lib/articles/corrections';
import { loadEditorArticle, loadEditorOptions } from '@/lib/articles/editor-data';
import { articlePath } from '@/lib/articles/paths';
import { availableSteps } from '@/lib/articles/workflow';
import { can, canEditArticle, canReadArticle } from '@/lib/auth/permissions';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { locales, sourceLocale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';
import { loadTranslationChecks } from '@/lib/translation/translation-checks';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

// Metadata and page ask for the same article: one query per request, and the same check before either shows it.
const loadArticle = cache(async (id: string) => {
  const staff = await requireArticleAccess();
  const article = z.uuid().safeParse(id).success ? await loadEditorArticle(getDatabase(), id) : null;
  if (!article?.id || !canReadArticle(staff, article)) notFound();
  return { staff, article: { ...article, id: article.id } };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadArticle((await params).id)).article.ko.headline };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { staff, article } = await loadArticle((await params).id);
  const db = getDatabase();
  // Translation checks: nothing while there is no English.
  const [options, corrections, checks] = await Promise.all([
    loadEditorOptions(db),
    listCorrections(db, article.id),
    loadTranslationChecks(db, article.id),
  ]);
  const t = getAdminMessages(staff.uiLocale).articles;
  const { restored } = await searchParams;
  const link = 'underline underline-offset-2';
  return (
    <>
      <h1 className="text-2xl font-bold" lang={sourceLocale}>
        {t.editTitle(article.ko.headline)}
      </h1>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span className="font-semibold text-ink">{t.statuses[article.status]}</span>
        <span>{t.version(article.version)}</span>
        {article.publishedAt && (
          <span>
            {(article.status === 'SCHEDULED' ? t.scheduledFor : t.publishedOn)(formatNewsTime(article.publishedAt, staff.uiLocale))}
          </span>
        )}
        {locales.map((locale) => (
          <Link key={locale} href={previewPath(article.id, locale)} className={link}>
            {t.previewIn[locale]}
          </Link>
        ))}
        <Link href={revisionsPath(article.id)} className={link}>
          {t.revisions}
        </Link>
        {article.status === 'PUBLISHED' && (
          <a href={articlePath(sourceLocale, article.slug)} className={link}>
            {t.viewPublic}
          </a>
        )}
      </p>
      {restored && (
        <p role="status" className="mt-4 rounded border border-rule p-3 text-sm">
          {t.restored(Number(restored))}
        </p>
      )}
      <div className="mt-6">
        <ArticleEditor
          locale={staff.uiLocale}
          article={article}
          options={options}
          steps={availableSteps(staff, article)}
          readOnly={!canEditArticle(staff, article)}
        />
      </div>
      {checks && (
        <div className="mt-10">
          <TranslationChecksView checks={checks} locale={staff.uiLocale} />
        </div>
      )}
      <section aria-labelledby="corrections-title" className="mt-10 flex flex-col gap-4">
        <h2 id="corrections-title" className="text-lg font-bold">
          {t.corrections}
        </h2>
        <CorrectionList corrections={corrections} locale={staff.uiLocale} />
        {can(staff.role, 'article.editAny') && article.publishedAt && <CorrectionForm articleId={article.id} locale={staff.uiLocale} />}
      </section>
    </>
  );
}
