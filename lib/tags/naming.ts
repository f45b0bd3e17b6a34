import '#server-only';
import { romanize } from 'es-hangul';
import { slugFromHeadline } from '@/lib/articles/slug';

const hangul = /\p{Script=Hangul}/u;

/**
 * A stand-in English name for a tag typed only in Korean: its romanization (부동산 → Budongsan), which staff can
 * replace with a translation on the tags page. A name with no Hangul is already readable in English.
 */
export function englishNameFrom(nameKo: string): string {
  if (!hangul.test(nameKo)) return nameKo;
  const romanized = romanize(nameKo).replace(/\s+/g, ' ').trim();
  return romanized.charAt(0).toUpperCase() + romanized.slice(1);
}

/** The address a tag's name makes, as an article's headline does; names too short for that get tag-… (AI → tag-ai). */
export function tagSlugFrom(name: string): string {
  const slug = slugFromHeadline(name);
  return /^article(-|$)/.test(slug) && !/^article/i.test(name.trim()) ? slug.replace(/^article/, 'tag') : slug;
}
