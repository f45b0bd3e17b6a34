import { literalMatcher } from './highlight';

const contextBeforeMatch = 40;

/** About `length` characters of `text` around the first match of `query` (its start when none), on one line. */
export function snippetAround(text: string, query: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const matchIndex = Math.max(0, flat.search(literalMatcher(query)));
  const start = Math.max(0, Math.min(matchIndex - contextBeforeMatch, flat.length - length));
  const end = start + length;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
