import { z } from 'zod';
import { searchableText } from '@/lib/security/text';

export const searchQueryMaxLength = 100;

export const searchQuerySchema = z.object({
  // Composed: text pasted from some systems spells Hangul as separate jamo, which would never match stored text.
  q: z.string().overwrite(searchableText).trim().min(1).max(searchQueryMaxLength),
  /** The listing's keyset cursor (lib/articles/cursor.ts); a damaged one reads as the first page. */
  cursor: z.string().max(200).optional().catch(undefined),
});
