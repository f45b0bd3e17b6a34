export type HighlightSegment = { text: string; match: boolean };

/** Finds `query` taken literally (no pattern syntax), ignoring case; Hangul has no case and matches as typed. */
export function literalMatcher(query: string): RegExp {
  return new RegExp(query.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'giu');
}

/** `text` cut into runs that match `query` and runs that do not, in order, so readers see every match marked. */
export function highlightMatches(text: string, query: string): HighlightSegment[] {
  if (!query) return text ? [{ text, match: false }] : [];
  const segments: HighlightSegment[] = [];
  let end = 0;
  for (const found of text.matchAll(literalMatcher(query))) {
    if (found.index > end) segments.push({ text: text.slice(end, found.index), match: false });
    segments.push({ text: found[0], match: true });
    end = found.index + found[0].length;
  }
  if (end < text.length) segments.push({ text: text.slice(end), match: false });
  return segments;
}
