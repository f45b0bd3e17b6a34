import '#server-only';
import { romanize } from 'es-hangul';
import type { Database } from '@/lib/db/client';

const maxBaseLength = 80;

/**
 * What a browser would show of a headline written with markup: tags, comments and markdown link targets go
 * (`<img src=x onerror=alert(1)>` has no words a reader sees), entities become the character they name.
 */
function visibleText(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<\/?[a-z][^>]*(?:>|$)/gi, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
    .replace(/&#(\d{1,7});/g, (_, code: string) => codePoint(Number(code)))
    .replace(/&#x([\da-f]{1,6});/gi, (_, code: string) => codePoint(parseInt(code, 16)))
    .replace(/&[a-z][a-z\d]*;/gi, ' ');
}

const codePoint = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ');

/**
 * A readable address from a headline: `남양주시, 상주시와 화상 회의` → `namnyangjusi-sangjusiwa-hwasang-hoeui`.
 * Hangul is romanized (Revised Romanization, as pronounced); what has no Latin form (한자, symbols) is dropped, and
 * so is markup: only the words a reader sees make the address.
 */
export function slugFromHeadline(headline: string): string {
  const words = romanize(visibleText(headline))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxBaseLength) break;
    slug = next;
  }
  return slug.length >= 3 ? slug : `article${slug ? `-${slug}` : ''}`;
}

/** `base`, or `base-2`, `base-3`… whichever no other article has. */
export async function uniqueSlug(db: Database, base: string, exceptArticleId?: string): Promise<string> {
  const taken = await db.article.findMany({
    where: { slug: { startsWith: base }, ...(exceptArticleId && { id: { not: exceptArticleId } }) },
    select: { slug: true },
  });
  const slugs = new Set(taken.map((a) => a.slug));
  let candidate = base;
  for (let n = 2; slugs.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
