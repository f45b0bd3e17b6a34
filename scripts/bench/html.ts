/** Just enough HTML reading for pages this app renders: start tags, quoted attributes and entities. */

/** Every start tag named `name` (a regular expression source), in document order. */
export const startTags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'giu'))].map(([tag]) => tag);
export const anyElement = '[a-z][a-z0-9-]*';

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (entity, code: string) => {
    if (/^#x/iu.test(code)) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? entity;
  });
}

export function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`, 'iu').exec(tag)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

/** What the reader sees: the inner HTML of <body>, and the title. */
export function visiblePage(html: string): { title: string; bodyHtml: string } {
  const bodyHtml = /<body\b[^>]*>([\s\S]*)<\/body>/iu.exec(html)?.[1];
  const title = /<title\b[^>]*>([^<]*)<\/title>/iu.exec(html)?.[1];
  if (bodyHtml === undefined || title === undefined) throw new Error('The page has no <body> or no <title>.');
  return { title: decodeEntities(title), bodyHtml };
}
