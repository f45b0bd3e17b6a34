type Directives = Readonly<Record<string, readonly string[]>>;

/**
 * What every response may load: this site's own scripts, styles, fonts and connections, images from it or
 * inline (the comment form's anti-spam number is a `data:` PNG, photo previews in the newsroom are `blob:`),
 * no plugins, no other base address or form target, and no framing by any site. No outside origin at all:
 * the site makes no outside calls. Inline scripts are allowed here (the newsroom's App Router writes its page
 * data as inline scripts); the stricter policies below narrow that where they can.
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

/**
 * The policy for reader pages (pages/): scripts from this site only, no inline script at all. The pages carry
 * none (their islands load as files, their JSON-LD is data a browser does not run), so markup that slipped into
 * rendered content cannot run either, and the pages stay cacheable as they are. Sent beside the baseline: a
 * browser enforces both.
 */
export const readerPolicy = formatPolicy({ ...baselineDirectives, 'script-src': ["'self'"] });

/** The policy for a page rendered per request (the newsroom): Next.js stamps this nonce on its own inline scripts. */
export function noncePolicy(nonce: string): string {
  return formatPolicy({ ...baselineDirectives, 'script-src': ["'self'", `'nonce-${nonce}'`] });
}
