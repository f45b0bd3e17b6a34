import { createHash } from 'node:crypto';

type Directives = Readonly<Record<string, readonly string[]>>;

/**
 * What every response may load: this site's own scripts, styles, fonts and connections, images from it or
 * inline (the comment form's anti-spam number is a `data:` PNG, photo previews in the newsroom are `blob:`),
 * no plugins, no other base address or form target, and no framing by any site. No outside origin at all:
 * the site makes no outside calls. Inline scripts are allowed here (Next.js writes its page data as inline
 * scripts); the stricter policies below narrow that where they can.
 */
export const baselineDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

function formatPolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const baselinePolicy = formatPolicy(baselineDirectives);

const scriptElement = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const srcAttribute = /\ssrc\s*=/i;

/** The text of every inline `<script>` in the HTML, exactly as written (script text is never entity-decoded). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(scriptElement)].filter(([, attributes = '']) => !srcAttribute.test(attributes)).map(([, , text = '']) => text);
}

/**
 * The inline scripts Next.js itself writes into a page: the bundler's bootstrap and the page data it streams
 * (`self.__next_f`). Only these are allowed by hash. A script that reached the HTML any other way (markup that
 * slipped into rendered content) is left out, so even a page cached with it cannot run it.
 */
const frameworkScript = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\()/u;

export function isFrameworkScript(text: string): boolean {
  return frameworkScript.test(text);
}

/** The CSP source a browser compares an inline script with: base64 of SHA-256 over its UTF-8 text. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a cached page: scripts from this site, and of inline scripts only the framework's own in the
 * page as it was rendered, by hash. Sent beside the baseline (a browser enforces both), it stops any other
 * inline script, injected into the page or added later, while the page stays cacheable, which a per-request
 * nonce would not allow. Data blocks such as JSON-LD are not scripts a browser runs and need no hash.
 */
export function contentSecurityPolicyFor(html: string): string {
  const hashes = new Set(inlineScripts(html).filter(isFrameworkScript).map(scriptHashSource));
  return formatPolicy({ ...baselineDirectives, 'script-src': ["'self'", ...hashes] });
}

/** The policy for a page rendered per request (the newsroom): Next.js stamps this nonce on its own inline scripts. */
export function noncePolicy(nonce: string): string {
  return formatPolicy({ ...baselineDirectives, 'script-src': ["'self'", `'nonce-${nonce}'`] });
}
