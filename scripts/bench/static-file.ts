import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchDir } from './bench-setup';

export const staticFileRoot = path.join(benchDir, 'static');
export const staticFilePath = '/article.html';

/**
 * The article's HTML as nginx serves a file at best: written once, beside its gzip (level 9) for gzip_static, so
 * serving it costs no rendering and no compression. The yardstick of every row's req/s.
 */
export function writeStaticArticle(html: string): void {
  rmSync(staticFileRoot, { recursive: true, force: true });
  mkdirSync(staticFileRoot, { recursive: true });
  const file = path.join(staticFileRoot, staticFilePath);
  writeFileSync(file, html);
  writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
}
