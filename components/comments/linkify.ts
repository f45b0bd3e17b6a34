export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * A web address starts with http(s):// or www. and runs over the characters URLs are written in (RFC 3986);
 * Hangul right after one ends it, since readers write `https://example.com에서` far more often than raw
 * Korean paths (browsers copy those percent-encoded).
 */
const addressPattern = /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/giu;
const trailingPunctuation = /[.,;:!?'"*]+$/u;
const schemeOnly = /^(?:https?:\/\/|www\.)$/iu;

/** Drops sentence punctuation after an address, and a closing bracket that opened before it. */
function trimAddress(address: string): string {
  let trimmed = address;
  for (;;) {
    const before = trimmed;
    trimmed = trimmed.replace(trailingPunctuation, '');
    for (const [open, close] of [
      ['(', ')'],
      ['[', ']'],
    ] as const) {
      if (trimmed.endsWith(close) && trimmed.split(close).length > trimmed.split(open).length) trimmed = trimmed.slice(0, -1);
    }
    if (trimmed === before) return trimmed;
  }
}

/**
 * Splits a comment into plain text and http(s) links, for React to render as text nodes and anchors.
 * Only http and https addresses become links, so `javascript:` and the like stay text.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = 0;
  for (const match of text.matchAll(addressPattern)) {
    const address = trimAddress(match[0]);
    if (schemeOnly.test(address)) continue;
    const start = match.index;
    if (start > rest) parts.push({ kind: 'text', text: text.slice(rest, start) });
    const href = /^www\./iu.test(address) ? `https://${address}` : address;
    parts.push({ kind: 'link', text: address, href });
    rest = start + address.length;
  }
  if (rest < text.length) parts.push({ kind: 'text', text: text.slice(rest) });
  return parts;
}
