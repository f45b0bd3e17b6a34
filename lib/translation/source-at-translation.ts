import '#server-only';
import { z } from 'zod';
import { articleBodySchema } from '@/lib/articles/body';
import type { Database } from '@/lib/db/client';
import { sourceLocale } from '@/lib/i18n/locales';
import type { ComparableText } from './text-sections';

// Only what the comparison needs is read, so snapshots written by older or newer code still compare.
const snapshotTextsSchema = z.object({ texts: z.array(z.looseObject({ locale: z.string() })) });
const comparableTextSchema = z.object({ headline: z.string(), subtitles: z.array(z.string()), body: articleBodySchema });

/** The Korean text held in a revision snapshot (lib/articles/revisions.ts), or null when it holds none that can be read. */
export function sourceTextInSnapshot(snapshot: unknown): ComparableText | null {
  const parsed = snapshotTextsSchema.safeParse(snapshot);
  const text = parsed.success ? parsed.data.texts.find((t) => t.locale === sourceLocale) : undefined;
  const comparable = comparableTextSchema.safeParse(text);
  return comparable.success ? comparable.data : null;
}

/**
 * The Korean text a translation was made from. `translatedFromVersion` counts the Korean text's own versions
 * (textVersion), not the article's (ArticleRevision.version, which also moves on English, photo and workflow
 * saves), so the revision is found by the textVersion its snapshot recorded for the Korean text.
 */
export async function findSourceTextAt(db: Database, articleId: string, textVersion: number): Promise<ComparableText | null> {
  const revision = await db.articleRevision.findFirst({
    where: { articleId, snapshot: { path: ['texts'], array_contains: [{ locale: sourceLocale, textVersion }] } },
    orderBy: { version: 'asc' },
    select: { snapshot: true },
  });
  return revision && sourceTextInSnapshot(revision.snapshot);
}
