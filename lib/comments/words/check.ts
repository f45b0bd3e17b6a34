import type { Database } from '@/lib/db/client';
import { findWordMatches, strictestLevel, type WordLevel } from './match';

/**
 * The strictest level among the staff's banned and suspect words found in a comment. The list is small and
 * read on every call, so a staff edit applies to the very next comment.
 */
export async function checkCommentWords(db: Database, text: string): Promise<WordLevel | null> {
  const rules = await db.bannedWord.findMany({ select: { term: true, level: true } });
  return strictestLevel(findWordMatches(text, rules));
}
