import autocannon from 'autocannon';

/** One request as a feed hands it out: a path and, for a POST, its headers and body. */
export type FedRequest = { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };

export type Scenario = {
  name: string;
  /** Where to send it; with `feed`, the origin the fed paths are relative to. */
  url: string;
  headers?: Record<string, string>;
  /**
   * A different request every time (an article not yet rendered, a comment with its own challenge): runs in this
   * thread, since autocannon's workers cannot take a function. Null when the feed is used up.
   */
  feed?: () => FedRequest | null;
  /**
   * A steady arrival rate (requests/s over a few connections) instead of as many as 50 connections can send: the
   * latency one reader or moderator sees on a busy day, where the saturated run shows the ceiling.
   */
  steady?: { rate: number; connections: number };
  /** The target for this row, if it sets one. */
  target?: { minRps?: number; maxP99Ms?: number };
  note?: string;
};

export type Row = {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  target: string;
  /** Whether the target was met; null when the row has none. */
  met: boolean | null;
  note?: string;
};

export type LoadShape = { connections: number; seconds: number; warmupSeconds: number; workers: number };

function fire(scenario: Scenario, seconds: number, shape: LoadShape): { result: Promise<autocannon.Result>; exhausted: () => boolean } {
  const { feed, steady } = scenario;
  const options: autocannon.Options = { url: scenario.url, connections: steady?.connections ?? shape.connections, duration: seconds, headers: scenario.headers };
  if (steady) options.overallRate = steady.rate;
  let empty = false;
  let instance: autocannon.Instance | undefined;
  if (feed) {
    options.requests = [
      {
        setupRequest: (request) => {
          const next = feed();
          if (!next) {
            empty = true;
            instance?.stop();
            return request;
          }
          return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
        },
      },
    ];
  } else if (!steady) {
    options.workers = shape.workers;
  }
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
  });
  return { result, exhausted: () => empty };
}

function describeTarget(target: Scenario['target']): string {
  if (!target) return '';
  return [target.minRps && `≥ ${target.minRps.toLocaleString('en-US')} req/s`, target.maxP99Ms && `p99 < ${target.maxP99Ms} ms`].filter(Boolean).join(', ');
}

/** A warm-up, then the measured run, at `connections` concurrent connections. */
export async function measure(scenario: Scenario, shape: LoadShape): Promise<Row> {
  process.stdout.write(`  ${scenario.name}… `);
  await fire(scenario, shape.warmupSeconds, shape).result;
  const run = fire(scenario, shape.seconds, shape);
  const result = await run.result;
  const { target } = scenario;
  const row: Row = {
    name: scenario.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    target: describeTarget(target),
    met: target ? (target.minRps ?? 0) <= result.requests.average && result.latency.p99 < (target.maxP99Ms ?? Infinity) : null,
    note: run.exhausted() ? [scenario.note, 'feed used up before the end'].filter(Boolean).join('; ') : scenario.note,
  };
  console.log(`${row.requestsPerSecond.toLocaleString('en-US')} req/s, p99 ${row.p99Ms} ms`);
  return row;
}

export function printTable(rows: Row[]): void {
  const header = ['Scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'target', ''];
  const lines = rows.map((r) => [
    r.name,
    r.requestsPerSecond.toLocaleString('en-US'),
    String(r.p50Ms),
    String(r.p99Ms),
    String(r.errors),
    String(r.non2xx),
    r.target,
    r.met === null ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i > 0 && i < 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
  for (const r of rows.filter((row) => row.note)) console.log(`  ${r.name}: ${r.note}`);
}
