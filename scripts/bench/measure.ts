import autocannon from 'autocannon';

/** One request as a feed or a page view hands it out: a path and, for a POST, its headers and body. */
export type FedRequest = { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };

/** A different request every time, and how many it holds (sized for the row's seconds and rate). Null when used up. */
export type Feed = { next: () => FedRequest | null; size: number };

/** The rows other rows are compared with. */
export type Yardstick = 'static file, HTTP' | 'static file, HTTPS' | 'bare Next.js page';

export type Target = { minRps?: number; maxP99Ms?: number; atLeast?: { times: number; of: Yardstick } };

export type Scenario = {
  name: string;
  /** Where to send it; with `feed` or `view`, the origin their paths are relative to. */
  url: string;
  /** Added to `Accept-Encoding: gzip`, which every request sends as browsers do unless a row replaces it. */
  headers?: Record<string, string>;
  /**
   * A different request every time (an article not yet rendered, a comment with its own challenge): runs in this
   * thread, since autocannon's workers cannot take a function.
   */
  feed?: Feed;
  /** The requests of one page view: every connection sends them in turn, so req/s ÷ their number is views/s. */
  view?: FedRequest[];
  /**
   * A steady arrival rate (requests/s over a few connections) instead of as many as the connections can send: the
   * latency one reader or moderator sees on a busy day, where the saturated run shows the ceiling.
   */
  steady?: { rate: number; connections: number };
  /** Concurrent connections when not the run's default. */
  connections?: number;
  /** This row is the named yardstick of other rows. */
  yardstick?: Yardstick;
  /** The issue's target for this row, if it sets one. */
  target?: Target;
  note?: string;
};

export type Row = {
  name: string;
  /** HTTPS rows (through nginx) are compared with the static file over HTTPS, the others with it over HTTP. */
  scheme: 'HTTP' | 'HTTPS';
  connections: number;
  requestsPerSecond: number;
  /** With a page view: its requests, and views per second. */
  requestsPerView?: number;
  viewsPerSecond?: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  feedRanOut: boolean;
  yardstick?: Yardstick;
  targetSpec?: Target;
  /** Filled in once every row is measured (report.ts): req/s ÷ the static file's, and ÷ the yardstick of its target. */
  timesStatic: number | null;
  timesTargetYardstick?: number;
  target: string;
  /** Whether the target was met; null when the row has none. */
  met: boolean | null;
  note?: string;
};

export type LoadShape = { connections: number; seconds: number; warmupSeconds: number; workers: number };

const browserEncoding = { 'accept-encoding': 'gzip' };

const connectionsOf = (scenario: Scenario, shape: LoadShape) => scenario.steady?.connections ?? scenario.connections ?? shape.connections;

function fire(scenario: Scenario, seconds: number, shape: LoadShape): { result: Promise<autocannon.Result>; ranOut: () => boolean } {
  const { feed, view, steady } = scenario;
  const options: autocannon.Options = {
    url: scenario.url,
    connections: connectionsOf(scenario, shape),
    duration: seconds,
    headers: { ...browserEncoding, ...scenario.headers },
  };
  if (steady) options.overallRate = steady.rate;
  let ranOut = false;
  let instance: autocannon.Instance | undefined;
  if (feed) {
    options.requests = [
      {
        setupRequest: (request) => {
          const next = feed.next();
          if (!next) {
            ranOut = true;
            instance?.stop();
            return request;
          }
          return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
        },
      },
    ];
  } else {
    if (view)
      options.requests = view.map((request) => ({ ...request, headers: { ...browserEncoding, ...scenario.headers, ...request.headers } }));
    if (!steady) options.workers = shape.workers;
  }
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
  });
  return { result, ranOut: () => ranOut };
}

/** A warm-up, then the measured run. */
export async function measure(scenario: Scenario, shape: LoadShape): Promise<Row> {
  process.stdout.write(`  ${scenario.name}… `);
  const warmup = fire(scenario, shape.warmupSeconds, shape);
  const warm = await warmup.result;
  const run = fire(scenario, shape.seconds, shape);
  const result = await run.result;
  const feedRanOut = warmup.ranOut() || run.ranOut();
  const requestsPerView = scenario.view?.length;
  const row: Row = {
    name: scenario.name,
    scheme: new URL(scenario.url).protocol === 'https:' ? 'HTTPS' : 'HTTP',
    connections: connectionsOf(scenario, shape),
    requestsPerSecond: Math.round(result.requests.average),
    ...(requestsPerView && { requestsPerView, viewsPerSecond: Math.round(result.requests.average / requestsPerView) }),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    feedRanOut,
    yardstick: scenario.yardstick,
    targetSpec: scenario.target,
    timesStatic: null,
    target: '',
    met: null,
    note:
      [
        scenario.note,
        feedRanOut && `its feed of ${scenario.feed!.size} ran out (what autocannon sent after that went to ${scenario.url} and counts too)`,
        (warm.errors || warm.non2xx) && `the warm-up had ${warm.errors} errors and ${warm.non2xx} non-2xx`,
      ]
        .filter(Boolean)
        .join('; ') || undefined,
  };
  const problems = [row.errors && `${row.errors} errors`, row.non2xx && `${row.non2xx} non-2xx`, feedRanOut && 'feed ran out'].filter(
    Boolean,
  );
  console.log(
    `${row.requestsPerSecond.toLocaleString('en-US')} req/s, p99 ${row.p99Ms} ms${problems.length ? ` (${problems.join(', ')})` : ''}`,
  );
  return row;
}
