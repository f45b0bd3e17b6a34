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

type SitePorts = { appPorts: readonly number[]; httpPort: number; httpsPort: number };
type StaticFilePorts = { httpPort: number; httpsPort: number };

/**
 * deploy/nginx.conf as shipped, with only what differs on this machine changed: the app's ports (each upstream line
 * keeps its parameters), local ports on 127.0.0.1, a self-signed certificate for the placeholder domain, and the
 * cache under `dir`.
 */
function adaptedSiteConfig({ appPorts, httpPort, httpsPort }: SitePorts, dir: string): string {
  let config = readFileSync(path.join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');
  config = replace(
    config,
    /^(\s*)server 127\.0\.0\.1:\d+((?: [^;\n]*)?);\n(?:\s*server 127\.0\.0\.1:\d+[^;\n]*;\n)*/mu,
    appPorts.map((port) => `$1server 127.0.0.1:${port}$2;\n`).join(''),
    'upstream server lines',
  );
  config = replace(config, /\/var\/cache\/nginx\/dateline/gu, path.join(dir, 'cache'), 'proxy_cache_path');
  config = replace(config, /\/var\/log\/nginx\/dateline\.access\.log/gu, path.join(dir, 'dateline.access.log'), 'access log');
  config = replace(config, /^\s*listen \[::\]:\d+.*\n/gmu, '', 'IPv6 listen lines');
  config = replace(config, /listen 80;/gu, `listen 127.0.0.1:${httpPort};`, 'port 80 listener');
  config = replace(config, /listen 443 ssl http2;/gu, `listen 127.0.0.1:${httpsPort} ssl http2;`, 'port 443 listener');
  config = replace(config, /ssl_certificate \S+;/gu, `ssl_certificate ${path.join(dir, 'cert.pem')};`, 'ssl_certificate');
  config = replace(config, /ssl_certificate_key \S+;/gu, `ssl_certificate_key ${path.join(dir, 'key.pem')};`, 'ssl_certificate_key');
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

/** The surrounding nginx.conf Debian's package would provide, with every path under `dir`. */
function mainConfig(siteConfigs: string[], dir: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  return [
    // As root, workers would otherwise switch to `nobody` and could not open the cache under var/bench.
    os.userInfo().uid === 0 ? 'user root;' : '',
    'worker_processes auto;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
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
    `  access_log ${path.join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    ...siteConfigs.map((file) => `  include ${file};`),
    '}',
    '',
  ].join('\n');
}

function selfSignedCertificate(dir: string): void {
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
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr.toString()}`);
}

export type RunningSiteNginx = {
  /** The app through deploy/nginx.conf. */
  httpsUrl: string;
  /** nginx's error log: refused connections and retries on another instance are noted there. */
  errorLog(): string;
  stop(): Promise<void>;
};

export type RunningNginx = RunningSiteNginx & { staticFile: { httpUrl: string; httpsUrl: string } };

/**
 * Writes the configuration (deploy/nginx.conf in front of the app, and any other servers `moreConfigs` makes from
 * it) under `dir`, checks it with `nginx -t`, and starts nginx in the foreground as a child.
 */
async function launchNginx(
  dir: string,
  ports: SitePorts,
  moreConfigs: (siteConfig: string) => Record<string, string> = () => ({}),
): Promise<RunningSiteNginx> {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['cache', 'temp']) mkdirSync(path.join(dir, sub), { recursive: true });
  selfSignedCertificate(dir);
  const siteConfig = adaptedSiteConfig(ports, dir);
  const files = Object.entries({ 'dateline.conf': siteConfig, ...moreConfigs(siteConfig) }).map(([name, config]) => {
    writeFileSync(path.join(dir, name), config);
    return path.join(dir, name);
  });
  const main = path.join(dir, 'nginx.conf');
  writeFileSync(main, mainConfig(files, dir));
  const check = spawnSync('nginx', ['-t', '-q', '-p', dir, '-c', main], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const nginx: ChildProcess = spawn('nginx', ['-p', dir, '-c', main, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
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
    httpsUrl: `https://127.0.0.1:${ports.httpsPort}`,
    errorLog: () => readFileSync(path.join(dir, 'error.log'), 'utf8'),
    stop: () =>
      new Promise((resolve) => {
        if (nginx.exitCode !== null) return resolve();
        nginx.once('exit', () => resolve());
        nginx.kill('SIGQUIT');
      }),
  };
}

/** deploy/nginx.conf alone in front of the app's instances, its files under `dir`. */
export function startSiteNginx({ site, dir }: { site: SitePorts; dir: string }): Promise<RunningSiteNginx> {
  return launchNginx(dir, site);
}

/** deploy/nginx.conf in front of the app, and the static file's servers, under var/bench/nginx. */
export async function startNginx({ site, staticFile }: { site: SitePorts; staticFile: StaticFilePorts }): Promise<RunningNginx> {
  const running = await launchNginx(nginxDir, site, (siteConfig) => ({ 'static-file.conf': staticFileConfig(siteConfig, staticFile) }));
  return {
    ...running,
    staticFile: { httpUrl: `http://127.0.0.1:${staticFile.httpPort}`, httpsUrl: `https://127.0.0.1:${staticFile.httpsPort}` },
  };
}
