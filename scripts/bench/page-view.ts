/**
 * What a reader's browser requests for one view of an article, read from the page's own HTML and boot script (no
 * file names are assumed): on load, the HTML, its stylesheets and module scripts, the 480w AVIF of the lead photo (a
 * 480-px mobile screen), the icon unless the page carries it and the view beacon; when the reader scrolls near the islands, their chunks and, for the
 * comments, the first page of the list.
 */
import { anyElement, attribute, startTags } from './html';

export type ViewRequest = { path: string; what: string; when: 'load' | 'scroll' };

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The article page has no ${what}.`);
  return value;
}

async function text(url: URL): Promise<string> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}.`);
  return response.text();
}

function loadRequests(html: string, pagePath: string): ViewRequest[] {
  const links = startTags(html, 'link');
  const stylesheets = links
    .filter((tag) => attribute(tag, 'rel') === 'stylesheet')
    .map((tag) => required(attribute(tag, 'href'), 'stylesheet address'));
  const scripts = startTags(html, 'script').filter((tag) => attribute(tag, 'src'));
  const avif = required(
    startTags(html, 'source').find((tag) => attribute(tag, 'type') === 'image/avif'),
    'AVIF <source> for its lead photo',
  );
  const photo480 = required(
    attribute(avif, 'srcset')
      ?.split(',')
      .map((candidate) => candidate.trim().split(/\s+/u))
      .find(([, width]) => width === '480w')?.[0],
    '480w AVIF of its lead photo',
  );
  // An icon written into the page (a data: address) is no request.
  const icon = attribute(
    required(
      links.find((tag) => attribute(tag, 'rel') === 'icon'),
      'icon link',
    ),
    'href',
  );
  // The pixel whose request counts the view (components/site/ViewBeacon.tsx).
  const beacons = startTags(html, 'img').filter((tag) => attribute(tag, 'data-view-beacon') !== undefined);
  return [
    { path: pagePath, what: 'HTML', when: 'load' },
    ...stylesheets.map((path) => ({ path, what: 'stylesheet', when: 'load' as const })),
    ...scripts.map((tag) => ({
      path: attribute(tag, 'src')!,
      what: attribute(tag, 'type') === 'module' ? 'islands boot script' : 'script',
      when: 'load' as const,
    })),
    { path: photo480, what: 'lead photo, 480w AVIF', when: 'load' },
    ...(icon && !icon.startsWith('data:') ? [{ path: icon, what: 'icon', when: 'load' as const }] : []),
    ...beacons.map((tag) => ({ path: required(attribute(tag, 'src'), 'view beacon address'), what: 'view beacon', when: 'load' as const })),
  ];
}

/** A module and every module it imports statically, as the browser fetches them (each once). */
async function withStaticImports(module: URL, seen: Set<string>): Promise<URL[]> {
  if (seen.has(module.href)) return [];
  seen.add(module.href);
  const source = await text(module);
  const imported = [...source.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+)"/gu)].map(([, specifier]) => new URL(specifier!, module));
  return [module, ...(await Promise.all(imported.map((url) => withStaticImports(url, seen)))).flat()];
}

/** Each island's chunks, from the boot script's `name: () => import("./chunks/name-HASH.js")`. */
async function islandRequests(html: string, origin: string, bootPath: string): Promise<ViewRequest[]> {
  const bootUrl = new URL(bootPath, origin);
  const boot = await text(bootUrl);
  const islands = [...new Set(startTags(html, anyElement).flatMap((tag) => attribute(tag, 'data-island') ?? []))];
  const seen = new Set<string>();
  const requests: ViewRequest[] = [];
  for (const island of islands) {
    const key = island.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const specifier = required(
      new RegExp(`[{,]["']?${key}["']?:\\(\\)=>import\\("([^"]+)"\\)`, 'u').exec(boot)?.[1],
      `bundle named for island ${island} in ${bootPath}`,
    );
    for (const url of await withStaticImports(new URL(specifier, bootUrl), seen)) {
      requests.push({
        path: url.pathname,
        what: url.pathname.includes(`/${island}-`) ? `${island} island` : 'shared chunk',
        when: 'scroll',
      });
    }
  }
  return requests;
}

/** The comment island's first request: the list's first page, newest first, as components/comments/comment-api.ts asks. */
function commentListRequest(html: string): ViewRequest {
  const island = required(
    startTags(html, anyElement).find((tag) => attribute(tag, 'data-island') === 'comments'),
    'comments island',
  );
  const { slug, locale } = JSON.parse(required(attribute(island, 'data-props'), 'props on its comments island')) as {
    slug: string;
    locale: string;
  };
  const query = new URLSearchParams({ locale, order: 'newest' });
  return { path: `/api/articles/${encodeURIComponent(slug)}/comments?${query}`, what: 'comment list, first page', when: 'scroll' };
}

export async function articlePageView(origin: string, pagePath: string): Promise<ViewRequest[]> {
  const html = await text(new URL(pagePath, origin));
  const load = loadRequests(html, pagePath);
  const boot = required(
    startTags(html, 'script').find((tag) => attribute(tag, 'type') === 'module'),
    'module script (islands boot)',
  );
  const scroll = await islandRequests(html, origin, required(attribute(boot, 'src'), 'boot script address'));
  return [...load, ...scroll, commentListRequest(html)];
}
