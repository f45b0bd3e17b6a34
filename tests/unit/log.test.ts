import { describe, expect, it } from 'vitest';
import { createLogger, logSettings } from '@/lib/log/logger';
import { requestLine } from '@/lib/log/request-line';

const outcome = {
  id: '3f2a9c1e-0b7d-4c55-9e61-2d8f0a4b7c13',
  method: 'GET',
  routeGroup: 'reader-page',
  status: 200,
  durationSeconds: 0.01234,
  cache: 'hit',
} as const;

/** What the logger writes, line by line, parsed. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ level: 'info', format: 'json' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}

describe('requestLine', () => {
  it('says what was asked, of which part of the site, how it ended and how long it took', () => {
    expect(requestLine(outcome)).toEqual({
      level: 'info',
      fields: { requestId: outcome.id, method: 'GET', routeGroup: 'reader-page', status: 200, durationMs: 12.3, cache: 'hit' },
      message: 'GET reader-page 200',
    });
  });

  it('is an error for a 5xx, routine for a 4xx, and a debug line for assets unless they failed', () => {
    expect(requestLine({ ...outcome, status: 503 }).level).toBe('error');
    expect(requestLine({ ...outcome, status: 404 }).level).toBe('info');
    expect(requestLine({ ...outcome, status: 429, routeGroup: 'comment-api' }).level).toBe('info');
    expect(requestLine({ ...outcome, routeGroup: 'asset' }).level).toBe('debug');
    expect(requestLine({ ...outcome, routeGroup: 'asset', status: 500 }).level).toBe('error');
  });

  it('leaves out the cache status of an answer the page cache did not hold', () => {
    expect(requestLine({ ...outcome, cache: undefined }).fields).not.toHaveProperty('cache');
  });
});

describe('the logger', () => {
  it('writes one JSON object a line with the level by name and the time in UTC', () => {
    const { log, lines } = capturedLogger();
    log.info({ requestId: outcome.id }, 'GET reader-page 200');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', requestId: outcome.id, msg: 'GET reader-page 200', time: expect.stringMatching(/Z$/) }),
    ]);
  });

  it('redacts fields that hold a password, token, cookie or address, at the top and below', () => {
    const { log, lines } = capturedLogger();
    log.warn(
      {
        password: 'pass1234',
        ip: '198.51.100.7',
        body: { password: 'comment-password', newPassword: 'n3w', csrfToken: 'csrf' },
        headers: { cookie: 'next-auth.session-token=abc', authorization: 'Bearer key', 'x-forwarded-for': '198.51.100.7' },
        request: { headers: { 'set-cookie': 'session=abc' } },
      },
      'careless',
    );
    const written = JSON.stringify(lines);
    for (const secret of ['pass1234', '198.51.100.7', 'comment-password', 'n3w', 'csrf"', 'session-token=abc', 'Bearer key', 'session=abc'])
      expect(written).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: '[redacted]', body: { password: '[redacted]' }, headers: { cookie: '[redacted]' } });
  });

  it('writes an error with its type, message and stack', () => {
    const { log, lines } = capturedLogger();
    log.error({ err: new TypeError('boom'), requestId: outcome.id }, 'The request failed');
    expect(lines[0]).toMatchObject({
      level: 'error',
      requestId: outcome.id,
      err: { type: 'TypeError', message: 'boom', stack: expect.stringContaining('TypeError: boom\n    at ') },
    });
  });
});

describe('logSettings', () => {
  it('logs at info, in JSON unless a person is watching the terminal', () => {
    expect(logSettings({}, false)).toEqual({ level: 'info', format: 'json' });
    expect(logSettings({}, true)).toEqual({ level: 'info', format: 'pretty' });
    expect(logSettings({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }, true)).toEqual({ level: 'debug', format: 'json' });
  });

  it('refuses a level or format it does not know, with a sentence naming the choices', () => {
    expect(() => logSettings({ LOG_LEVEL: 'verbose' }, false)).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "verbose".',
    );
    expect(() => logSettings({ LOG_FORMAT: 'xml' }, false)).toThrow('LOG_FORMAT must be one of json, pretty, not "xml".');
  });
});
