/**
 * `npx tsx scripts/bench/photo-upload.ts`: two large photos uploaded at once, each stored as the upload route
 * stores it (checked, scaled, with its AVIF and WebP copies). Every scenario runs in a child process of its own,
 * so the peak resident memory it reports (VmHWM) is that of the uploads alone. Not part of `npm test`.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp, { type Sharp } from 'sharp';

type Scenario = { name: string; extension: string; make: () => Promise<Sharp> };
type Measurement = { seconds: number; cpuSeconds: number; peakKb: number; idleKb: number };

/** Noise drawn at a fraction of the size and enlarged: detail that compresses like a photo's, not like a flat fill. */
async function noise(width: number, height: number, fraction: number, kernel: 'cubic' | 'nearest'): Promise<Sharp> {
  const size = { width: Math.ceil(width / fraction), height: Math.ceil(height / fraction), channels: 3 as const };
  const small = await sharp({ create: { ...size, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(small.data, { raw: small.info }).resize(width, height, { kernel, fit: 'fill' });
}

const scenarios: Scenario[] = [
  // About 8.5 MB, like a 48-megapixel camera's JPEG.
  { name: '8000 × 6000 JPEG', extension: 'jpg', make: async () => (await noise(8000, 6000, 4, 'cubic')).jpeg({ quality: 80 }) },
  // Blocks of flat colour, as in a graphic: a 49-megapixel photo saved as PNG would exceed the 20 MB upload limit.
  { name: '7000 × 7000 PNG', extension: 'png', make: async () => (await noise(7000, 7000, 8, 'nearest')).png() },
];

function statusKb(field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'mu').exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) : 0;
}

async function uploadAtOnce(files: string[]): Promise<void> {
  const { acceptUpload } = await import('@/lib/media/upload');
  const photos = await Promise.all(files.map((file) => readFile(file)));
  const idleKb = statusKb('VmRSS');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(photos.map((photo) => acceptUpload(photo)));
  const { user, system } = process.cpuUsage(cpuBefore);
  const measurement: Measurement = {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (user + system) / 1e6,
    peakKb: statusKb('VmHWM'),
    idleKb,
  };
  process.send?.(measurement);
}

function measureInChild(files: string[], mediaDir: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', ...files], { env: { ...process.env, MEDIA_DIR: mediaDir } });
    let measurement: Measurement | undefined;
    child.on('message', (message) => (measurement = message as Measurement));
    child.on('error', reject);
    child.on('exit', (code) => (measurement ? resolve(measurement) : reject(new Error(`The upload process ended with code ${code}`))));
  });
}

const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  // Other work on the machine lengthens the uploads' time, not their CPU time: the load says how much there was.
  console.log(`${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`);
  const workDir = await mkdtemp(path.join(tmpdir(), 'dateline-photo-bench-'));
  try {
    for (const scenario of scenarios) {
      // Two different files, so neither upload can profit from the other's work.
      const files = await Promise.all(
        [1, 2].map(async (n) => {
          const file = path.join(workDir, `${scenario.extension}-${n}.${scenario.extension}`);
          await (await scenario.make()).toFile(file);
          return file;
        }),
      );
      const size = (await stat(files[0]!)).size / 1024 / 1024;
      const { seconds, cpuSeconds, peakKb, idleKb } = await measureInChild(files, path.join(workDir, `media-${scenario.extension}`));
      console.log(
        `${scenario.name} (${size.toFixed(1)} MB), two at once: ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU), ` +
          `peak ${megabytes(peakKb)} resident (${megabytes(idleKb)} before)`,
      );
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await uploadAtOnce(process.argv.slice(3));
else await main();
