import { bodyToPlainText } from './body';
import type { ArticleTextInput } from './schema';

/** The stored form of one language version: what the reporter wrote, plus what is derived from it. */
export function articleTextRecord(input: ArticleTextInput) {
  return { ...input, plainText: bodyToPlainText(input.body) };
}
