import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, projectRoot } from './bench-setup';

const nginxDir = path.join(benchDir, 'nginx');

export function nginxInstalled(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** Replaces what `pattern` matches, and fails loudly when deploy/nginx.conf no longer has it. */
function replace(config: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(config)) throw new Error(`deploy/nginx.conf has no ${what} to adapt for the benchmark.`);
  return config.replace(pattern, replacement);
}

/**
 * deploy/nginx.conf as shipped, with only what differs on this machine changed: the app's port, local ports on
 * 127.0.0.1, a self-signed certificate for the placeholder domain, and the cache under var/bench.
 */
function adaptedSiteConfig({ appPort, httpPort, httpsPort }: { appPort: number; httpPort: number; httpsPort: number }): string {
  let config = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
  config = replace(config, /^(\s*)server 127\.0\.0\.1:\d+;\n(\s*server 127\.0\.0\.1:\d+;\n)*/mu, `$1server 127.0.0.1:${appPort};\n`, 'upstream server lines');
  config = replace(config, /\/var\/cache\/nginx\/dateline/gu, path.join(nginxDir, 'cache'), 'proxy_cache_path');
  config = replace(config, /^\s*listen \[::\]:\d+.*\n/gmu, '', 'IPv6 listen lines');
  config = replace(config, /listen 80;/gu, `listen 127.0.0.1:${httpPort};`, 'port 80 listener');
  config = replace(config, /listen 443 ssl http2;/gu, `listen 127.0.0.1:${httpsPort} ssl http2;`, 'port 443 listener');
  config = replace(config, /ssl_certificate \S+;/gu, `ssl_certificate ${path.join(nginxDir, 'cert.pem')};`, 'ssl_certificate');
  config = replace(config, /ssl_certificate_key \S+;/gu, `ssl_certificate_key ${path.join(nginxDir, 'key.pem')};`, 'ssl_certificate_key');
  return config;
}

/** The surrounding nginx.conf Debian's package would provide, with every path under var/bench/nginx. */
function mainConfig(siteConfig: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(nginxDir, 'temp', name)};`;
  return [
    // As root, workers would otherwise switch to `nobody` and could not open the cache under var/bench.
    os.userInfo().uid === 0 ? 'user root;' : '',
    'worker_processes auto;',
    `pid ${path.join(nginxDir, 'nginx.pid')};`,
    `error_log ${path.join(nginxDir, 'error.log')} warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  tcp_nopush on;',
    `  access_log ${path.join(nginxDir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    `  include ${siteConfig};`,
    '}',
    '',
  ].join('\n');
}

function selfSignedCertificate(): void {
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=news.example.kr',
      '-keyout', path.join(nginxDir, 'key.pem'), '-out', path.join(nginxDir, 'cert.pem')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr.toString()}`);
}

export type RunningNginx = { httpsUrl: string; stop(): Promise<void> };

/** Writes the configuration, checks it with `nginx -t`, and starts nginx in the foreground as a child. */
export async function startNginx(ports: { appPort: number; httpPort: number; httpsPort: number }): Promise<RunningNginx> {
  rmSync(nginxDir, { recursive: true, force: true });
  for (const dir of ['cache', 'temp']) mkdirSync(path.join(nginxDir, dir), { recursive: true });
  selfSignedCertificate();
  const site = path.join(nginxDir, 'dateline.conf');
  const main = path.join(nginxDir, 'nginx.conf');
  writeFileSync(site, adaptedSiteConfig(ports));
  writeFileSync(main, mainConfig(site));
  const check = spawnSync('nginx', ['-t', '-q', '-p', nginxDir, '-c', main], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const nginx: ChildProcess = spawn('nginx', ['-p', nginxDir, '-c', main, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const httpsUrl = `https://127.0.0.1:${ports.httpsPort}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const listening = spawnSync('openssl', ['s_client', '-connect', `127.0.0.1:${ports.httpsPort}`], { input: '', stdio: ['pipe', 'ignore', 'ignore'] });
    if (listening.status === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    httpsUrl,
    stop: () =>
      new Promise((resolve) => {
        if (nginx.exitCode !== null) return resolve();
        nginx.once('exit', () => resolve());
        nginx.kill('SIGQUIT');
      }),
  };
}
