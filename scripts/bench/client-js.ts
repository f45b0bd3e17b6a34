import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from './bench-setup';

export type PageWeight = {
  /** Scripts the article page loads that the front page does not: its own client code. */
  ownFiles: string[];
  ownGzipBytes: number;
  /** The framework's runtime and other chunks every page shares. */
  sharedGzipBytes: number;
  /** Inline scripts: the React Server Components payload the page hydrates from. */
  inlineGzipBytes: number;
  /** Every script the page runs in a modern browser (no-module polyfills are skipped by them). */
  totalGzipBytes: number;
  htmlGzipBytes: number;
};

const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gu)]
    .filter(([, attributes]) => !/\bnomodule\b/iu.test(attributes!))
    .flatMap(([, attributes]) => /\bsrc="([^"]+)"/u.exec(attributes!)?.[1] ?? []);
}

const inlineScripts = (html: string) => [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map(([, body]) => body!);

/** A built script's gzipped size, read from .next/static (its URL is /_next/static/…). */
function builtScriptGzipBytes(src: string): number {
  const pathname = new URL(src, 'http://site').pathname;
  return gzipped(readFileSync(path.join(projectRoot, '.next', pathname.replace(/^\/_next\//u, ''))));
}

async function html(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The article page's JavaScript, from the scripts its HTML loads, compared with the front page's. */
export async function articlePageWeight(articleUrl: string, frontUrl: string): Promise<PageWeight> {
  const [article, front] = await Promise.all([html(articleUrl), html(frontUrl)]);
  const frontScripts = new Set(scriptSources(front));
  const scripts = scriptSources(article);
  const own = scripts.filter((src) => !frontScripts.has(src));
  const sum = (sources: string[]) => sources.reduce((total, src) => total + builtScriptGzipBytes(src), 0);
  const ownGzipBytes = sum(own);
  const sharedGzipBytes = sum(scripts.filter((src) => frontScripts.has(src)));
  const inlineGzipBytes = gzipped(inlineScripts(article).join('\n'));
  return {
    ownFiles: own.map((src) => new URL(src, 'http://site').pathname),
    ownGzipBytes,
    sharedGzipBytes,
    inlineGzipBytes,
    totalGzipBytes: ownGzipBytes + sharedGzipBytes + inlineGzipBytes,
    htmlGzipBytes: gzipped(article),
  };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
