import type { Locale } from '@/lib/i18n/locales';

export const articlesPath = '/admin/articles';
export const newArticlePath = `${articlesPath}/new`;
export const editorPath = (articleId: string) => `${articlesPath}/${articleId}`;
export const revisionsPath = (articleId: string) => `${editorPath(articleId)}/revisions`;
export const previewPath = (articleId: string, locale: Locale) => `${editorPath(articleId)}/preview/${locale}`;
