import { readFileSync } from 'node:fs';

/** The server actions of the build (run `next build` first) and the newsroom page each is posted to. */
export function serverActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, action]) => {
    const worker = Object.keys(action.workers)[0]!;
    const page = worker
      .replace(/^app/, '')
      .replace(/\/\([^)]+\)/g, '')
      .replace(/\/page$/, '');
    return { id, name: action.exportedName ?? id, page };
  });
}
