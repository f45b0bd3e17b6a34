import { describe, expect, it } from 'vitest';
import { hourOf, isReaderView } from '@/lib/views/view-rules';

const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

/** What Chromium sends for the beacon image of a page it shows. */
const beacon = {
  'user-agent': chrome,
  accept: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
  'accept-language': 'ko-KR,ko;q=0.9',
  'sec-fetch-dest': 'image',
  'sec-fetch-mode': 'no-cors',
  'sec-fetch-site': 'same-origin',
};

const counts = (headers: Record<string, string | undefined>) =>
  isReaderView(new Headers(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)));

describe('isReaderView', () => {
  it('counts a browser loading the beacon of the page it shows', () => {
    expect(counts(beacon)).toBe(true);
  });

  it('counts a browser that sends no fetch metadata but takes images (Safari before 16.4)', () => {
    expect(counts({ ...beacon, 'sec-fetch-dest': undefined, 'sec-fetch-mode': undefined, 'sec-fetch-site': undefined })).toBe(true);
  });

  it.each([
    ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Naver’s Yeti', 'Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)'],
    ['Daum’s crawler', 'Mozilla/5.0 (compatible; Daum/4.1; +http://cs.daum.net/faq/15/4118.html) Daumoa'],
    ['Kakao’s link preview', 'Mozilla/5.0 (compatible; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/)'],
    ['headless Chrome', chrome.replace('Chrome/', 'HeadlessChrome/')],
    ['Lighthouse', `${chrome} Chrome-Lighthouse`],
    ['curl', 'curl/8.5.0'],
    ['a script', 'python-requests/2.32'],
    ['no agent at all', undefined],
  ])('does not count %s', (_, agent) => {
    expect(counts({ ...beacon, 'user-agent': agent })).toBe(false);
  });

  it('does not count requests without a browser’s headers: no language, or the beacon opened as a page or from another site', () => {
    expect(counts({ ...beacon, 'accept-language': undefined })).toBe(false);
    expect(counts({ ...beacon, 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' })).toBe(false);
    expect(counts({ ...beacon, 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(counts({ ...beacon, 'sec-fetch-dest': undefined, accept: '*/*' })).toBe(false);
  });

  it('does not count a page prefetched or prerendered but not (yet) shown', () => {
    expect(counts({ ...beacon, 'sec-purpose': 'prefetch;prerender' })).toBe(false);
  });
});

describe('hourOf', () => {
  it('is the start of the UTC hour', () => {
    expect(new Date(hourOf(Date.parse('2026-12-02T05:59:59.999Z'))).toISOString()).toBe('2026-12-02T05:00:00.000Z');
    expect(new Date(hourOf(Date.parse('2026-12-02T06:00:00.000Z'))).toISOString()).toBe('2026-12-02T06:00:00.000Z');
  });
});
