import http from 'node:http';
import type { ViewRequest } from './page-view';

export type Transfer = ViewRequest & { bytes: number; encoding: string };

export type PageWeight = {
  /** What the first view downloads (HTML, stylesheet, boot script, 480w photo, an icon file if any), as sent with gzip. */
  firstViewBytes: number;
  /** What reaching the comments adds: the island's chunks and the first page of the list. */
  commentsBytes: number;
  transfers: Transfer[];
};

export const firstViewBudgetBytes = 100 * 1024;

/** The body's size on the wire (compressed when the server compresses it), as a browser asking for gzip receives it. */
function transferred(url: URL): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`${url.pathname}${url.search} answered ${response.statusCode}.`));
          else resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'none' });
        });
      })
      .on('error', reject);
  });
}

/** Every request of a page view, fetched once from the app, with the bytes a reader downloads for it. */
export async function pageWeight(origin: string, view: ViewRequest[]): Promise<PageWeight> {
  const transfers = await Promise.all(view.map(async (request) => ({ ...request, ...(await transferred(new URL(request.path, origin))) })));
  const sum = (when: ViewRequest['when']) => transfers.filter((t) => t.when === when).reduce((total, t) => total + t.bytes, 0);
  return { firstViewBytes: sum('load'), commentsBytes: sum('scroll'), transfers };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
