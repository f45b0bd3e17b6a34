import { expect, test, type Page } from '@playwright/test';

const slug = 'namyangju-changzhou-video-conference';
const headlines = {
  ko: '남양주시, 중국 상주시와 교류 확대를 위한 화상 회의 개최',
  en: 'Namyangju and Changzhou, China hold video conference to expand exchanges',
} as const;

type ParsedXml = { wellFormed: boolean; root: string | null; namespaces: Record<string, string>; texts: Record<string, string[]> };

/** Parses XML in the browser; `texts` maps each `namespace|localName` asked for to the texts of those elements. */
async function parseXml(page: Page, xml: string, elements: [namespace: string, localName: string][]): Promise<ParsedXml> {
  return page.evaluate(
    ({ xml, elements }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const root = doc.documentElement;
      const namespaces = Object.fromEntries(
        Array.from(root.attributes)
          .filter((attribute) => attribute.name.startsWith('xmlns'))
          .map((attribute) => [attribute.name, attribute.value]),
      );
      const texts = Object.fromEntries(
        elements.map(([ns, name]) => [`${ns}|${name}`, Array.from(doc.getElementsByTagNameNS(ns, name), (el) => el.textContent ?? '')]),
      );
      return { wellFormed: doc.getElementsByTagName('parsererror').length === 0, root: root.localName, namespaces, texts };
    },
    { xml, elements },
  );
}

for (const locale of ['ko', 'en'] as const) {
  test(`the ${locale} article page tells search engines its language, versions and story`, async ({ page, baseURL }) => {
    const url = `${baseURL}/${locale}/articles/${slug}`;
    await page.goto(url);

    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page).toHaveTitle(new RegExp(`^${headlines[locale]} \\| `));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', `${baseURL}/ko/articles/${slug}`);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}/en/articles/${slug}`);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}/ko/articles/${slug}`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${baseURL}/${locale}/rss.xml`);

    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(ogImage).toMatch(new RegExp(`^${baseURL}/media/`));
    expect((await page.request.get(ogImage!)).ok()).toBe(true);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: headlines[locale], inLanguage: locale, url });
  });
}

test('the front page names both language versions', async ({ page, baseURL }) => {
  await page.goto('/en');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}/ko`);
});

test('the sitemap lists both language versions with their hreflang links', async ({ page, request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const xhtml = 'http://www.w3.org/1999/xhtml';
  const sitemap = await parseXml(page, xml, [['http://www.sitemaps.org/schemas/sitemap/0.9', 'loc']]);
  expect(sitemap.wellFormed).toBe(true);
  expect(sitemap.texts['http://www.sitemaps.org/schemas/sitemap/0.9|loc']).toEqual(
    expect.arrayContaining([`${baseURL}/ko`, `${baseURL}/en`, `${baseURL}/ko/articles/${slug}`, `${baseURL}/en/articles/${slug}`]),
  );
  const links = await page.evaluate(
    ({ xml, xhtml }) =>
      Array.from(new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagNameNS(xhtml, 'link'), (link) => [
        link.getAttribute('hreflang'),
        link.getAttribute('href'),
      ]),
    { xml, xhtml },
  );
  expect(links).toEqual(
    expect.arrayContaining([
      ['ko', `${baseURL}/ko/articles/${slug}`],
      ['en', `${baseURL}/en/articles/${slug}`],
      ['x-default', `${baseURL}/ko/articles/${slug}`],
    ]),
  );
});

test('the news sitemap is a well-formed Google News sitemap', async ({ page, request }) => {
  const response = await request.get('/news-sitemap.xml');
  expect(response.ok()).toBe(true);
  const newsSitemap = await parseXml(page, await response.text(), []);
  expect(newsSitemap).toMatchObject({
    wellFormed: true,
    root: 'urlset',
    namespaces: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' },
  });
});

test('robots.txt points at both sitemaps and keeps crawlers out of /admin', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin');
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
});

for (const locale of ['ko', 'en'] as const) {
  test(`the ${locale} RSS feed carries the article`, async ({ page, request, baseURL }) => {
    const response = await request.get(`/${locale}/rss.xml`);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const feed = await parseXml(page, await response.text(), [
      ['', 'language'],
      ['', 'title'],
      ['', 'guid'],
      ['http://purl.org/dc/elements/1.1/', 'creator'],
    ]);
    expect(feed.wellFormed).toBe(true);
    expect(feed.root).toBe('rss');
    expect(feed.texts['|language']).toEqual([locale]);
    expect(feed.texts['|title']).toContain(headlines[locale]);
    expect(feed.texts['|guid']).toContain(`${baseURL}/${locale}/articles/${slug}`);
    expect(feed.texts['http://purl.org/dc/elements/1.1/|creator']).toContain(locale === 'ko' ? '하인규' : 'Ha In-gyu');
  });
}
