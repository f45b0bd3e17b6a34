import type { ServerResponse } from 'node:http';
import { existingPageCache } from './process-global';

/**
 * Answers a reader page whose render failed with the copy of it this process holds, if any; says whether it did.
 * When the render of a revalidated page fails, Next.js stores the page's previous copy again and serves it to
 * later requests (lib/cache/handler.ts), but the request that ran the render still gets the error: its error page
 * (pages/_error.tsx) calls this so that reader, too, gets the page as it was rather than a 503.
 */
export function answerWithLastGoodCopy(res: ServerResponse, path: string): boolean {
  const html = existingPageCache()?.pageHtml(path);
  if (html === undefined) return false;
  res.statusCode = 200;
  // Set before Next.js would set its own on the error page, which it cannot once the response is sent.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(html);
  return true;
}
