import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/articles/ArticleCard';
import { CuratedFrontPage } from '@/components/site/front/CuratedFrontPage';
import { listArticles } from '@/lib/articles/listing';
import { requireStaff } from '@/lib/auth/session';
import { frontEditorPath } from '@/lib/front/after-change';
import { inLanguage } from '@/lib/front/arrange';
import { previewArrangementInput } from '@/lib/front/preview-address';
import { previewCuratedFront } from '@/lib/front/queries';
import { frontArrangementSchema } from '@/lib/front/schema';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { parseKoreaDateTimeInput } from '@/lib/i18n/time';
import { getDatabase } from '@/lib/runtime/database';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** An arrangement before it is saved, drawn by the reader page's own components, now or at a scheduled time (?at=). */
export default async function FrontPreviewPage({ searchParams }: Props) {
  const staff = await requireStaff('front.curate');
  const search = await searchParams;
  const parsed = frontArrangementSchema.safeParse(previewArrangementInput(search));
  if (!parsed.success) notFound();
  const arrangement = parsed.data;
  const at = (typeof search.at === 'string' && parseKoreaDateTimeInput(search.at)) || new Date();
  const db = getDatabase();
  const latest = (await listArticles(db, arrangement.locale)).items.filter(inLanguage(arrangement.locale));
  const front = await previewCuratedFront(db, arrangement, latest, at);
  const t = getAdminMessages(staff.uiLocale).front;
  return (
    <>
      <p role="note" className="mb-6 flex flex-wrap gap-x-4 gap-y-1 rounded border border-accent p-3 text-sm">
        <span className="font-semibold">{t.previewNotice}</span>
        <Link href={`${frontEditorPath}?locale=${arrangement.locale}`} className="underline">
          {t.backToEditor}
        </Link>
      </p>
      <div lang={arrangement.locale} className="mx-auto max-w-3xl">
        {front ? (
          <CuratedFrontPage front={front} locale={arrangement.locale} />
        ) : (
          <>
            <p className="text-sm text-muted">{t.previewAutomatic}</p>
            {latest.map((article) => (
              <ArticleCard key={article.slug} article={article} locale={arrangement.locale} />
            ))}
          </>
        )}
      </div>
    </>
  );
}
