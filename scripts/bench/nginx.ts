import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir, projectRoot } from './bench-setup';
import { staticFileRoot } from './static-file';

const nginxDir = path.join(benchDir, 'nginx');

export function nginxInstalled(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** Replaces what `pattern` matches, and fails loudly when deploy/nginx.conf no longer has it. */
function replace(config: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(config)) throw new Error(`deploy/nginx.conf has no ${what} to adapt for the benchmark.`);
  return config.replace(pattern, replacement);
}

type SitePorts = { appPort: number; httpPort: number; httpsPort: number };
type StaticFilePorts = { httpPort: number; httpsPort: number };

/**
 * deploy/nginx.conf as shipped, with only what differs on this machine changed: the app's port, local ports on
 * 127.0.0.1, a self-signed certificate for the placeholder domain, and the cache under var/bench.
 */
function adaptedSiteConfig({ appPort, httpPort, httpsPort }: SitePorts): string {
  let config = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
  config = replace(
    config,
    /^(\s*)server 127\.0\.0\.1:\d+;\n(\s*server 127\.0\.0\.1:\d+;\n)*/mu,
    `$1server 127.0.0.1:${appPort};\n`,
    'upstream server lines',
  );
  config = replace(config, /\/var\/cache\/nginx\/dateline/gu, path.join(nginxDir, 'cache'), 'proxy_cache_path');
  config = replace(config, /^\s*listen \[::\]:\d+.*\n/gmu, '', 'IPv6 listen lines');
  config = replace(config, /listen 80;/gu, `listen 127.0.0.1:${httpPort};`, 'port 80 listener');
  config = replace(config, /listen 443 ssl http2;/gu, `listen 127.0.0.1:${httpsPort} ssl http2;`, 'port 443 listener');
  config = replace(config, /ssl_certificate \S+;/gu, `ssl_certificate ${path.join(nginxDir, 'cert.pem')};`, 'ssl_certificate');
  config = replace(config, /ssl_certificate_key \S+;/gu, `ssl_certificate_key ${path.join(nginxDir, 'key.pem')};`, 'ssl_certificate_key');
  return config;
}

/**
 * The static file (static-file.ts) served at best: gzip_static, keepalive, over plain HTTP and over HTTPS with the
 * listen parameters and every ssl_ line of the adapted deploy/nginx.conf, so its HTTPS row pays the same TLS.
 */
function staticFileConfig(siteConfig: string, { httpPort, httpsPort }: StaticFilePorts): string {
  const listen = / listen 127\.0\.0\.1:\d+( ssl[^;]*);/u.exec(siteConfig)?.[1];
  const tls = [...siteConfig.matchAll(/^[ \t]*(ssl_\w+ [^;\n]*;)/gmu)].map(([, directive]) => directive!);
  if (!listen || tls.length === 0) throw new Error('deploy/nginx.conf has no TLS listener and ssl_ settings to copy for the static file.');
  const serve = [`  root ${staticFileRoot};`, '  gzip_static on;'];
  return [
    'server {',
    `  listen 127.0.0.1:${httpPort};`,
    ...serve,
    '}',
    'server {',
    `  listen 127.0.0.1:${httpsPort}${listen};`,
    ...tls.map((directive) => `  ${directive}`),
    ...serve,
    '}',
    '',
  ].join('\n');
}

/** The surrounding nginx.conf Debian's package would provide, with every path under var/bench/nginx. */
function mainConfig(siteConfigs: string[]): string {
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
    // nginx closes a kept-alive connection after 1,000 requests by default, and autocannon then times every later
    // response on that connection from an earlier request (the one it wrote into the closing socket stays in its
    // queue): through nginx, latencies grew with the length of the run. Browsers never send that many on one.
    '  keepalive_requests 1000000;',
    `  access_log ${path.join(nginxDir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    ...siteConfigs.map((file) => `  include ${file};`),
    '}',
    '',
  ].join('\n');
}

function selfSignedCertificate(): void {
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=news.example.kr',
      '-keyout',
      path.join(nginxDir, 'key.pem'),
      '-out',
      path.join(nginxDir, 'cert.pem'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr.toString()}`);
}

export type RunningNginx = {
  /** The app through deploy/nginx.conf. */
  httpsUrl: string;
  staticFile: { httpUrl: string; httpsUrl: string };
  stop(): Promise<void>;
};

/**
 * Writes the configuration (deploy/nginx.conf in front of the app, and the static file's servers), checks it with
 * `nginx -t`, and starts nginx in the foreground as a child.
 */
export async function startNginx({ site: ports, staticFile }: { site: SitePorts; staticFile: StaticFilePorts }): Promise<RunningNginx> {
  rmSync(nginxDir, { recursive: true, force: true });
  for (const dir of ['cache', 'temp']) mkdirSync(path.join(nginxDir, dir), { recursive: true });
  selfSignedCertificate();
  const site = path.join(nginxDir, 'dateline.conf');
  const statics = path.join(nginxDir, 'static-file.conf');
  const main = path.join(nginxDir, 'nginx.conf');
  const siteConfig = adaptedSiteConfig(ports);
  writeFileSync(site, siteConfig);
  writeFileSync(statics, staticFileConfig(siteConfig, staticFile));
  writeFileSync(main, mainConfig([site, statics]));
  const check = spawnSync('nginx', ['-t', '-q', '-p', nginxDir, '-c', main], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const nginx: ChildProcess = spawn('nginx', ['-p', nginxDir, '-c', main, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const httpsUrl = `https://127.0.0.1:${ports.httpsPort}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const listening = spawnSync('openssl', ['s_client', '-connect', `127.0.0.1:${ports.httpsPort}`], {
      input: '',
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    if (listening.status === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    httpsUrl,
    staticFile: { httpUrl: `http://127.0.0.1:${staticFile.httpPort}`, httpsUrl: `https://127.0.0.1:${staticFile.httpsPort}` },
    stop: () =>
      new Promise((resolve) => {
        if (nginx.exitCode !== null) return resolve();
        nginx.once('exit', () => resolve());
        nginx.kill('SIGQUIT');
      }),
  };
}
