import type { Row, Target, Yardstick } from './measure';

const staticFileOver = { HTTP: 'static file, HTTP', HTTPS: 'static file, HTTPS' } as const satisfies Record<Row['scheme'], Yardstick>;

function describeTarget(target: Target | undefined): string {
  if (!target) return '';
  return [
    target.atLeast && `≥ ${target.atLeast.times}× ${target.atLeast.of}`,
    target.minRps && `≥ ${target.minRps.toLocaleString('en-US')} req/s`,
    target.maxP99Ms && `p99 < ${target.maxP99Ms} ms`,
  ]
    .filter(Boolean)
    .join(', ');
}

const clean = (row: Row) => row.errors === 0 && row.non2xx === 0 && !row.feedRanOut;

/** A yardstick's req/s; none when it was not measured (nginx missing) or failed. */
function yardstickRps(rows: Row[], yardstick: Yardstick): number | undefined {
  const row = rows.find((r) => r.yardstick === yardstick);
  return row && clean(row) && row.requestsPerSecond > 0 ? row.requestsPerSecond : undefined;
}

/**
 * Each row's req/s as a multiple of the static file's over the same scheme, and whether its target is met: only
 * with no errors, no non-2xx answers and a feed that lasted. A ratio target without its yardstick counts as missed.
 */
export function judge(rows: Row[]): Row[] {
  const rpsOf = (yardstick: Yardstick) => yardstickRps(rows, yardstick);
  return rows.map((row) => {
    const staticRps = rpsOf(staticFileOver[row.scheme]);
    const spec = row.targetSpec;
    const targetRps = spec?.atLeast && rpsOf(spec.atLeast.of);
    const met = spec
      ? clean(row) &&
        row.requestsPerSecond >= (spec.minRps ?? 0) &&
        row.p99Ms < (spec.maxP99Ms ?? Infinity) &&
        (!spec.atLeast || (targetRps !== undefined && row.requestsPerSecond >= spec.atLeast.times * targetRps))
      : null;
    return {
      ...row,
      timesStatic: staticRps ? row.requestsPerSecond / staticRps : null,
      timesTargetYardstick: targetRps ? row.requestsPerSecond / targetRps : undefined,
      target: describeTarget(spec),
      met,
    };
  });
}

/** Met or missed, with the ratio a ratio target compares (e.g. 0.83× the bare Next.js page). */
function verdict(row: Row): string {
  if (row.met === null) return clean(row) ? '' : 'FAILED';
  const ratio = row.timesTargetYardstick === undefined ? '' : ` (${row.timesTargetYardstick.toFixed(2)}×)`;
  return `${row.met ? 'met' : 'MISSED'}${ratio}`;
}

export function printTable(rows: Row[]): void {
  const header = ['Scenario', 'conns', 'req/s', '× static', 'views/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'target', ''];
  const lines = rows.map((r) => [
    r.name,
    String(r.connections),
    r.requestsPerSecond.toLocaleString('en-US'),
    r.timesStatic === null ? '–' : r.timesStatic < 0.1 ? r.timesStatic.toPrecision(2) : r.timesStatic.toFixed(2),
    r.viewsPerSecond === undefined ? '' : r.viewsPerSecond.toLocaleString('en-US'),
    String(r.p50Ms),
    String(r.p99Ms),
    String(r.errors),
    String(r.non2xx),
    r.target,
    verdict(r),
  ]);
  const rightAligned = (i: number) => i > 0 && i < 9;
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));

  const staticRps = (scheme: Row['scheme']) => yardstickRps(rows, staticFileOver[scheme]);
  const denominator = (scheme: Row['scheme']) => {
    const rps = staticRps(scheme);
    return rps ? `${rps.toLocaleString('en-US')} req/s` : 'not measured';
  };
  console.log(
    `\n× static: req/s ÷ the seed article as a precompressed file served by nginx (gzip_static). Rows over HTTP (the app alone,\n` +
      `  the bare Next.js page) ÷ that file over plain HTTP (${denominator('HTTP')}); rows over HTTPS (through deploy/nginx.conf)\n` +
      `  ÷ that file over HTTPS with the same TLS settings (${denominator('HTTPS')}).`,
  );
  console.log('views/s: req/s ÷ the requests of one page view. met: the target, with 0 errors, 0 non-2xx and a feed that lasted.');
  for (const r of rows.filter((row) => row.note)) console.log(`  ${r.name}: ${r.note}`);
}
