import { articlePath } from '@/lib/articles/paths';
import type { FrontSectionBlock } from '@/lib/front/arrange';
import type { Locale } from '@/lib/i18n/locales';
import { sectionPath } from '@/lib/newsroom/paths';

/** One section on the front page: its name, linking to the section, and its stories, pinned ones first. */
export function SectionBlock({ block, locale }: { block: FrontSectionBlock; locale: Locale }) {
  const id = `section-${block.slug}`;
  return (
    <section aria-labelledby={id} className="border-b border-rule py-6">
      <h2 id={id} className="border-b-2 border-ink pb-2 text-lg font-bold">
        <a href={sectionPath(locale, block.slug)} className="hover:underline">
          {block.name}
        </a>
      </h2>
      <ul className="divide-y divide-rule">
        {block.articles.map((article) => (
          <li key={article.slug} lang={article.textLocale === locale ? undefined : article.textLocale} className="py-3">
            <a href={articlePath(locale, article.slug)} className="font-semibold hover:underline">
              {article.headline}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
