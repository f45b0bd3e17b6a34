import { Fragment } from 'react';
import { highlightMatches } from '@/lib/search/highlight';

/** `text` with every match of `query` in a `<mark>`; React escapes the text, so no HTML is ever built from it. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return highlightMatches(text, query).map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded-sm bg-accent/15 text-ink">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}
