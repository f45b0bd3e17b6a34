import '#server-only';
import type { Database } from '@/lib/db/client';
import { findWordMatches, strictestLevel, type WordLevel } from './match';

/**
 * The strictest level among the staff's banned and suspect words found in a comment's texts (nickname, content),
 * each checked alone so no match spans two. The list is small and read once per call, so a staff edit applies
 * to the very next comment.
 */
export async function checkCommentWords(db: Database, ...texts: string[]): Promise<WordLevel | null> {
  const rules = await db.bannedWord.findMany({ select: { term: true, level: true } });
  return strictestLevel(texts.flatMap((text) => findWordMatches(text, rules)));
}
