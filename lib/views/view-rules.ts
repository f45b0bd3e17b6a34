/**
 * What counts as a reader's view, decided from the beacon's request alone (components/site/ViewBeacon.tsx): the
 * image a browser loads as it shows an article page. Declared crawlers, link previewers and HTTP libraries say what
 * they are in their User-Agent; a request without a browser's headers (no language, no fetch metadata of an image
 * on this site's own page) is not a reader either. Prefetches and prerenders count only if the page is then shown,
 * which the browser says by loading the page's images again without `Sec-Purpose`.
 */
const crawlerPattern =
  /bot\b|crawl|spider|slurp|scrap|fetch|preview|monitor|scan|lighthouse|headless|phantom|python|curl|wget|java\/|go-http|okhttp|axios|node|libwww|httpclient|facebookexternalhit|yeti|daumoa/i;

/** An hour of views: the count of each reader is kept once per article within it. */
export const viewHourMilliseconds = 3_600_000;

/** A person's browser asking, not a crawler, a script or a prefetch: a click on an ad counts on this alone. */
export function isReaderBrowser(headers: Headers): boolean {
  const agent = headers.get('user-agent') ?? '';
  if (!agent.startsWith('Mozilla/') || crawlerPattern.test(agent)) return false;
  if (!headers.get('accept-language')) return false;
  return !headers.get('sec-purpose') && !headers.get('purpose');
}

export function isReaderView(headers: Headers): boolean {
  if (!isReaderBrowser(headers)) return false;
  const destination = headers.get('sec-fetch-dest');
  // Browsers without fetch metadata (Safari before 16.4) still say they take images.
  if (destination === null) return (headers.get('accept') ?? '').includes('image/');
  return destination === 'image' && headers.get('sec-fetch-site') === 'same-origin';
}

/** The start of the hour `at` falls in (UTC), in milliseconds. */
export function hourOf(at: number): number {
  return Math.floor(at / viewHourMilliseconds) * viewHourMilliseconds;
}
