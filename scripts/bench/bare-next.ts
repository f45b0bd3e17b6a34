/**
 * The framework's floor: a minimal Next.js app of this repository's version (its node_modules, hard-linked: Turbopack
 * refuses a symlinked one, and one found in a parent folder brings in the parent's proxy and instrumentation) with
 * one App Router page showing the article's visible HTML, prerendered when built. No database, system fonts. Built
 * under var/bench/bare-next when the HTML or the Next.js version changed, and started with `next start`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir, projectRoot } from './bench-setup';
import { assertPortFree, assertServing, exited, stopServer, waitUntilServing } from './server-process';

const appDir = path.join(benchDir, 'bare-next');
const stampFile = path.join(appDir, '.next', 'bench-sources.sha256');
const nextCli = path.join(appDir, 'node_modules', '.bin', 'next');
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

function sources({ title, bodyHtml }: { title: string; bodyHtml: string }): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'bare-next', private: true, type: 'module' })}\n`,
    'next.config.mjs':
      'export default { poweredByHeader: false, turbopack: { root: import.meta.dirname }, outputFileTracingRoot: import.meta.dirname };\n',
    'app/layout.jsx': [
      'export default function Layout({ children }) {',
      '  return <html lang="ko"><body className="min-h-screen font-sans">{children}</body></html>;',
      '}',
      '',
    ].join('\n'),
    'app/page.jsx': [
      "export const dynamic = 'force-static';",
      `export const metadata = { title: ${JSON.stringify(title)} };`,
      `const html = ${JSON.stringify(bodyHtml)};`,
      'export default function Page() {',
      '  return <div dangerouslySetInnerHTML={{ __html: html }} />;',
      '}',
      '',
    ].join('\n'),
  };
}

function stampOf(files: Record<string, string>): string {
  const nextVersion = (
    JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const hash = createHash('sha256').update(nextVersion);
  for (const [name, content] of Object.entries(files)) hash.update('\0').update(name).update('\0').update(content);
  return hash.digest('hex');
}

async function build(files: Record<string, string>, stamp: string): Promise<void> {
  console.log('› Building the bare Next.js page (when the article HTML or the Next.js version changed)…');
  rmSync(appDir, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(appDir, name)), { recursive: true });
    writeFileSync(path.join(appDir, name), content);
  }
  execFileSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(appDir, 'node_modules')]);
  const logFile = path.join(benchDir, 'bare-next-build.log');
  const builder = spawn(nextCli, ['build'], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  builder.stdout!.pipe(log);
  builder.stderr!.pipe(log);
  const code = await exited(builder);
  if (code !== 0) throw new Error(`next build of the bare page failed (exit code ${code}); see ${logFile}.`);
  writeFileSync(stampFile, stamp);
}

export type RunningBareNext = { url: string; assertServing(): void; stop(): Promise<void> };

export async function startBareNext(page: { title: string; bodyHtml: string }, port: number): Promise<RunningBareNext> {
  const files = sources(page);
  const stamp = stampOf(files);
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) await build(files, stamp);

  await assertPortFree(port);
  const url = `http://127.0.0.1:${port}/`;
  const logFile = path.join(benchDir, 'bare-next.log');
  const server = spawn(nextCli, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  server.stdout!.pipe(log);
  server.stderr!.pipe(log);
  try {
    await waitUntilServing(url, server, logFile);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { url, assertServing: () => assertServing(server, 'The bare Next.js page', logFile), stop: () => stopServer(server) };
}
