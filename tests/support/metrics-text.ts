import { spawnSync } from 'node:child_process';

/** The value of one series in Prometheus's text format, written as it is exposed (`name{label="value"}`); 0 when absent. */
export function sampleOf(exposition: string, series: string): number {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

/** What `promtool check metrics` (Debian's prometheus package) says of an exposition: its exit status and its complaints. */
export function promtoolCheckMetrics(exposition: string): { status: number | null; output: string } {
  const run = spawnSync('promtool', ['check', 'metrics'], { input: exposition, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
