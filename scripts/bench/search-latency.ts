/**
 * `DATABASE_URL=… npx tsx scripts/bench/search-latency.ts [--seconds 10] [--concurrency 10]` on a database filled by
 * the load generator: runs the real `searchArticles` for each term below, `concurrency` calls at a time for
 * `seconds` (after a one-second warm-up), and prints the latency percentiles of the whole call as a Markdown table.
 * No web server is involved: this is the database's and Prisma's share of a search page. docs/performance.md
 * records what it showed.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createDatabase } from '@/lib/db/client';
import { searchArticles } from '@/lib/search/search-articles';

const options = z
  .object({ seconds: z.coerce.number().positive(), concurrency: z.coerce.number().int().positive() })
  .parse(parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '10' } } }).values);

/** What the load generator's data holds: a handful of places, topics and sentences repeated, and the seed article, the oldest. */
const terms = [
  { q: '상주', what: '2 characters, in ~1/12 of headlines' },
  { q: '교류', what: '2 characters, in ~1/3 of texts' },
  { q: '자매', what: '2 characters, only the oldest article' },
  { q: '펭귄', what: '2 characters, no match' },
  { q: '도서관', what: '3 characters, frequent' },
  { q: '판공실', what: '3 characters, only the oldest article' },
  { q: 'library', what: 'English word, frequent' },
  { q: 'Changzhou', what: 'English word, only the oldest article' },
  { q: '시', what: '1 character, in every Korean text' },
  { q: '韓', what: '1 character, only the oldest article' },
];

const db = createDatabase();

/** Each call's latency in ms, from `concurrency` loops that each wait for their previous call. */
async function latencies(q: string, seconds: number): Promise<number[]> {
  const measured: number[] = [];
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      await searchArticles(db, { q, locale: 'ko' });
      measured.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  return measured.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const ms = (value: number) => value.toFixed(1);
const load = () => loadavg()[0]!.toFixed(2);

console.log(`${options.concurrency} concurrent calls, ${options.seconds} s per term; load average ${load()} at the start\n`);
console.log(row(['Term', 'What', 'Found', 'Calls', 'Calls/s', 'p50 ms', 'p99 ms', 'max ms']));
console.log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const { q, what } of terms) {
  const { results, nextCursor } = await searchArticles(db, { q, locale: 'ko' });
  await latencies(q, 1);
  const sorted = await latencies(q, options.seconds);
  const found = nextCursor ? `${results.length}+` : results.length;
  const perSecond = (sorted.length / options.seconds).toFixed(0);
  console.log(
    row([
      q,
      what,
      found,
      sorted.length,
      perSecond,
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 99)),
      ms(sorted.at(-1) ?? Number.NaN),
    ]),
  );
}
console.log(`\nLoad average ${load()} at the end.`);
await db.$disconnect();
