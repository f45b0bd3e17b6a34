import type { ArticleView } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';
import { tagPath } from '@/lib/tags/paths';

/** The article's tags, each a link to the tag's page of articles. */
export function ArticleTags({ tags, locale }: { tags: ArticleView['tags']; locale: Locale }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={getMessages(locale).tags} className="mt-8">
      <ul className="flex flex-wrap gap-2 text-sm">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(locale, tag.slug)} className="inline-block rounded-full border border-rule px-3 py-1 hover:underline">
              #{tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
