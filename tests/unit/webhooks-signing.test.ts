import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPublicAddress, parseWebhookUrl } from '@/lib/webhooks/address-guard';
import { nextAttemptAfterFailure, retryWindowMs } from '@/lib/webhooks/backoff';
import { signWebhookBody, verifyWebhookSignature } from '@/lib/webhooks/signature';

const minute = 60_000;
const body = '{"event":"article.published"}';
const now = new Date('2026-12-02T08:00:00Z');

describe('webhook signatures', () => {
  it('are t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">, as docs/webhooks.md tells receivers', () => {
    const header = signWebhookBody('whsec_test', body, now);
    const t = now.getTime() / 1000;
    expect(header).toBe(`t=${t},v1=${createHmac('sha256', 'whsec_test').update(`${t}.${body}`).digest('hex')}`);
  });

  it('verify only with the same secret, body and a timestamp within five minutes', () => {
    const header = signWebhookBody('whsec_test', body, now);
    expect(verifyWebhookSignature('whsec_test', body, header, new Date(now.getTime() + 4 * minute))).toBe(true);
    expect(verifyWebhookSignature('whsec_test', body, header, new Date(now.getTime() + 6 * minute))).toBe(false);
    expect(verifyWebhookSignature('whsec_other', body, header, now)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', `${body} `, header, now)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', body, header.replace(/t=\d+/, `t=${now.getTime() / 1000 + 1}`), now)).toBe(false);
    expect(verifyWebhookSignature('whsec_test', body, 'garbage', now)).toBe(false);
  });
});

describe('webhook retries', () => {
  const first = now;
  const after = (attempts: number, at: Date) => nextAttemptAfterFailure(attempts, first, at)?.getTime();

  it('wait a minute, then twice as long each time', () => {
    expect(after(1, first)).toBe(first.getTime() + minute);
    expect(after(2, new Date(first.getTime() + minute))).toBe(first.getTime() + 3 * minute);
    expect(after(3, new Date(first.getTime() + 3 * minute))).toBe(first.getTime() + 7 * minute);
  });

  it('try a last time when the 24 hours end, and then stop', () => {
    const late = new Date(first.getTime() + retryWindowMs - minute);
    expect(after(11, late)).toBe(first.getTime() + retryWindowMs);
    expect(after(12, new Date(first.getTime() + retryWindowMs))).toBeUndefined();
  });
});

describe('webhook addresses', () => {
  it('count only global unicast addresses as public', () => {
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '224.0.0.1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('are http(s) URLs without credentials', () => {
    expect(parseWebhookUrl('https://hooks.example.com/x').href).toBe('https://hooks.example.com/x');
    for (const typed of ['javascript:alert(1)', 'file:///etc/passwd', 'gopher://example.com', 'https://a:b@example.com', 'not a url']) {
      expect(() => parseWebhookUrl(typed), typed).toThrow();
    }
  });
});
