import '#server-only';
import { romanize } from 'es-hangul';
import type { Database } from '@/lib/db/client';

const maxBaseLength = 80;

/**
 * A readable address from a headline: `남양주시, 상주시와 화상 회의` → `namnyangjusi-sangjusiwa-hwasang-hoeui`.
 * Hangul is romanized (Revised Romanization, as pronounced); what has no Latin form (한자, symbols) is dropped.
 */
export function slugFromHeadline(headline: string): string {
  const words = romanize(headline)
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
