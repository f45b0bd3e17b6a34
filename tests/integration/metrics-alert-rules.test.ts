import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The Prometheus files shipped in deploy/prometheus, as promtool (Debian's prometheus package) judges them. */
const shipped = path.resolve(import.meta.dirname, '../../deploy/prometheus');
const scratch = await mkdtemp(path.join(tmpdir(), 'dateline-prometheus-'));

afterAll(() => rm(scratch, { recursive: true, force: true }));

function promtool(...args: string[]): { status: number | null; output: string } {
  const run = spawnSync('promtool', args, { cwd: shipped, encoding: 'utf8' });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the shipped Prometheus files', () => {
  it('hold three valid alert rules: instance not ready, server errors, event-loop lag', () => {
    const checked = promtool('check', 'rules', 'alerts.yml');
    expect(checked.output).toContain('SUCCESS: 3 rules found');
    expect(checked.status).toBe(0);
  });

  it('fire each alert when it should and not before (alerts.test.yml)', () => {
    const tested = promtool('test', 'rules', 'alerts.test.yml');
    expect(tested.output).toContain('SUCCESS');
    expect(tested.status).toBe(0);
  });

  it('are a valid Prometheus configuration once the token file exists', async () => {
    const tokenFile = path.join(scratch, 'dateline-metrics-token');
    await writeFile(tokenFile, 'a-metrics-token\n', { mode: 0o600 });
    const config = await readFile(path.join(shipped, 'prometheus.yml'), 'utf8');
    expect(config).toContain('credentials_file: /etc/prometheus/dateline-metrics-token');
    await writeFile(path.join(scratch, 'prometheus.yml'), config.replace('/etc/prometheus/dateline-metrics-token', tokenFile));
    await copyFile(path.join(shipped, 'alerts.yml'), path.join(scratch, 'alerts.yml'));
    const checked = promtool('check', 'config', path.join(scratch, 'prometheus.yml'));
    expect(checked.output).toContain('SUCCESS');
    expect(checked.status).toBe(0);
  });
});
