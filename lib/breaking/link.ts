import { articlePath } from '@/lib/articles/paths';
import type { Locale } from '@/lib/i18n/locales';

/** A site article's address in either language: /ko/articles/<slug>. */
const articleLink = /^\/(?:ko|en)\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)$/u;

/** The article a banner's link names, when it names one of this site's. */
export function linkedArticleSlug(link: string): string | null {
  return articleLink.exec(link)?.[1] ?? null;
}

/** An absolute http(s) address with a host: nothing a browser would run (javascript:, data:) and no protocol-relative //. */
export function isWebAddress(link: string): boolean {
  if (!/^https?:\/\//iu.test(link)) return false;
  try {
    return Boolean(new URL(link).hostname);
  } catch {
    return false;
  }
}

/** What a banner may link to: an article of this site, or a web page (http or https, nothing a browser would run). */
export function isBreakingLink(link: string): boolean {
  return linkedArticleSlug(link) !== null || isWebAddress(link);
}

/** Where the banner leads on a page in `locale`: an article in the page's language, a web page as given. */
export function breakingHref(link: string, locale: Locale): string {
  const slug = linkedArticleSlug(link);
  return slug ? articlePath(locale, slug) : link;
}
