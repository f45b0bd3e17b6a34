// XML 1.0 cannot carry these characters at all, not even as character references.
const unrepresentable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe in element text and in attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(unrepresentable, '').replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export function xmlResponse(xml: string, contentType: 'application/xml' | 'application/rss+xml'): Response {
  return new Response(xml, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}
