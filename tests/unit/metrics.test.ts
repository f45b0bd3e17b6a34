import { describe, expect, it, vi } from 'vitest';
import { metricsAccess } from '@/lib/metrics/endpoint';
import { appMetrics } from '@/lib/metrics/registry';
import { countRequest, statusClassOf } from '@/lib/metrics/request-metrics';
import { sampleOf } from '../support/metrics-text';

describe('the metrics token', () => {
  it('lets in only "Bearer" with the exact token, and keeps the metrics off without one', () => {
    const token = 'a-long-random-metrics-token';
    expect(metricsAccess(`Bearer ${token}`, token)).toBe('allowed');
    expect(metricsAccess(`bearer ${token}`, token)).toBe('allowed');
    expect(metricsAccess(`Bearer ${token}x`, token)).toBe('refused');
    expect(metricsAccess('Bearer ', token)).toBe('refused');
    expect(metricsAccess(token, token)).toBe('refused');
    expect(metricsAccess(undefined, token)).toBe('refused');
    expect(metricsAccess(`Bearer ${token}`, undefined)).toBe('off');
    expect(metricsAccess(`Bearer ${token}`, '')).toBe('off');
  });
});

describe('request metrics', () => {
  it('sort statuses into classes, a client gone before the answer apart', () => {
    expect([200, 204, 301, 304, 404, 429, 500, 503, 0].map(statusClassOf)).toEqual([
      '2xx',
      '2xx',
      '3xx',
      '3xx',
      '4xx',
      '4xx',
      '5xx',
      '5xx',
      'aborted',
    ]);
  });

  it('count an answered request by route group and status class, and the page cache by its result', async () => {
    const { registry } = appMetrics();
    const series = 'dateline_http_request_duration_seconds_count{route_group="comment-api",status_class="4xx"}';
    const cached = 'dateline_page_cache_answers_total{route_group="reader-page",result="stale"}';
    const before = await registry.metrics();
    countRequest({ id: 'one', method: 'POST', routeGroup: 'comment-api', status: 429, durationSeconds: 0.004 });
    countRequest({ id: 'two', method: 'GET', routeGroup: 'reader-page', status: 200, durationSeconds: 0.2, cache: 'stale' });
    const after = await registry.metrics();
    expect(sampleOf(after, series) - sampleOf(before, series)).toBe(1);
    expect(sampleOf(after, cached) - sampleOf(before, cached)).toBe(1);
    expect(after).toContain('le="0.005",route_group="comment-api",status_class="4xx"} 1');
  });
});

describe('the registry', () => {
  it('is one per process, however many copies of its module are loaded (Next.js bundles, the cache handler, the server)', async () => {
    const first = appMetrics();
    vi.resetModules();
    const copy = (await import('@/lib/metrics/registry?copy' as string)) as typeof import('@/lib/metrics/registry');
    expect(copy.appMetrics).not.toBe(appMetrics);
    expect(copy.appMetrics()).toBe(first);
    const defaults = (await first.registry.getMetricsAsJSON()).filter((metric) => metric.name === 'process_resident_memory_bytes');
    expect(defaults).toHaveLength(1);
  });
});
