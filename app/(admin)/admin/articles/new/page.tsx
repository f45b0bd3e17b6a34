import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/articles/editor/ArticleEditor';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { loadEditorOptions, loadNewEditorArticle } from '@/lib/articles/editor-data';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).articles.newArticleTitle };
}

/** The editor with nothing in it: the first save creates the article and moves to its own address. */
export default async function NewArticlePage() {
  const staff = await requireStaff('article.create');
  const db = getDatabase();
  const [options, article] = await Promise.all([loadEditorOptions(db), loadNewEditorArticle(db, staff.id)]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{getAdminMessages(staff.uiLocale).articles.newArticleTitle}</h1>
      <ArticleEditor locale={staff.uiLocale} article={article} options={options} steps={[]} readOnly={false} />
    </>
  );
}
