/**
 * `npm run lighthouse`: Lighthouse's four category scores for the reference article in both
 * languages, on mobile and desktop, against the production build with a freshly seeded database, with what
 * the first view transferred in all and its paint, blocking time and layout shift.
 * Each is the median of several runs, as Lighthouse's own guidance advises: one run varies by a few points.
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const port = process.env.LIGHTHOUSE_PORT ?? '3290';
const origin = `http://127.0.0.1:${port}`;
const pages = ['/ko/articles/namyangju-changzhou-video-conference', '/en/articles/namyangju-changzhou-video-conference'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function waitForSite(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (
      await fetch(`${origin}/ko`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The site did not start on ${origin}`);
}

const site = spawn('node_modules/.bin/tsx', ['tests/support/fresh-site.ts'], { env: { ...process.env, E2E_PORT: port }, stdio: 'ignore' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
try {
  await waitForSite();
  const rows = [];
  const shortfalls = new Set<string>();
  // One unscored run first: a just-started server compiles its code paths on first use, which no reader after the first pays.
  await lighthouse(origin + pages[0], { port: chrome.port, output: 'json', logLevel: 'error' });
  for (const path of pages) {
    await fetch(origin + path); // Warm the page cache: readers after the first are served from it.
    for (const [formFactor, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const results: (Result | undefined)[] = [];
      for (let run = 0; run < runs; run++) {
        results.push((await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error' }, config))?.lhr);
      }
      const scores = Object.fromEntries(
        categories.map((c) => [c, median(results.map((lhr) => Math.round((lhr?.categories[c]?.score ?? 0) * 100)))]),
      );
      const measured = (audit: string) => median(results.map((lhr) => lhr?.audits[audit]?.numericValue ?? Number.NaN));
      rows.push({
        page: path,
        formFactor,
        ...scores,
        'transferred KB': (measured('total-byte-weight') / 1024).toFixed(1),
        'LCP ms': Math.round(measured('largest-contentful-paint')),
        'TBT ms': Math.round(measured('total-blocking-time')),
        CLS: measured('cumulative-layout-shift').toFixed(3),
      });
      for (const category of categories) {
        const lhr = results.at(-1);
        for (const ref of lhr?.categories[category]?.auditRefs ?? []) {
          const audit = lhr?.audits[ref.id];
          if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) {
            shortfalls.add(`${category}: ${audit.title} (${path}, ${formFactor})`);
          }
        }
      }
    }
  }
  console.table(rows);
  if (shortfalls.size > 0) console.log(`Points lost:\n- ${[...shortfalls].join('\n- ')}`);
} finally {
  chrome.kill();
  site.kill('SIGTERM');
}
