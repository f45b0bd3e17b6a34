import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { updateProfileAction } from '@/app/(admin)/admin/account/actions';
import { changeContactEmailAction } from '@/app/(admin)/admin/staff/actions';
import { GET as rssFeed } from '@/app/(site)/[locale]/rss.xml/route';
import { GET as newsSitemap } from '@/app/news-sitemap.xml/route';
import sitemap from '@/app/sitemap';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import { can, type Permission } from '@/lib/auth/permissions';
import type { ArticleView } from '@/lib/articles/queries';
import { newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { fromPageProps, type PageProps } from '@/lib/site/page-props';
import ReporterPage, { getServerSideProps as reporterPageProps } from '@/pages/[locale]/reporters/[slug]';
import { getStaticProps as articlePageProps } from '@/pages/[locale]/articles/[slug]';
import { seedDatabase } from '@/prisma/seed/seed';
import { seedStaff } from '@/prisma/seed/staff';
import { ownTestDatabase } from '../support/own-database';
import { fieldFailure } from '../support/staff-change';
import { testStaff } from '../support/staff-credentials';

/**
 * Issue 12, item 4: a staff member's sign-in address is a secret half of their credentials. Readers see only the
 * public contact address (optional), and only staff with published articles have a reader page at all.
 */
const route = vi.hoisted(() => ({ db: undefined as unknown, staff: null as StaffSession | null }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));
// As the real one answers a role without the permission: Next.js's 403 (forbidden()), here without its config flag.
vi.mock('@/lib/auth/session', () => ({
  getStaffSession: async () => route.staff,
  requireStaff: async (permission?: Permission) => {
    if (!route.staff || (permission && !can(route.staff.role, permission)))
      throw Object.assign(new Error('forbidden'), { digest: 'NEXT_HTTP_ERROR_FALLBACK;403' });
    return route.staff;
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, refresh: () => {} }));
vi.mock('next/server', async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {} }));

const own = ownTestDatabase('security_staff_email');
let db: Database;
const seedSlug = 'namyangju-changzhou-video-conference';

/** Every address any account signs in with, as stored. */
async function signInAddresses(): Promise<string[]> {
  return (await db.staff.findMany({ select: { email: true } })).map((s) => s.email);
}

function expectNoSignInAddress(text: string, addresses: readonly string[]) {
  for (const address of addresses) expect(text, address).not.toContain(address);
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

async function signInAs(slug: string) {
  const staff = await db.staff.findUniqueOrThrow({ where: { slug } });
  route.staff = { id: staff.id, email: staff.email, role: staff.role, nameKo: staff.nameKo, nameEn: staff.nameEn, uiLocale: 'en' };
  return staff;
}

async function reporterPage(slug: string, locale: 'ko' | 'en' = 'ko') {
  return reporterPageProps({ params: { locale, slug }, query: {} } as never);
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
});

describe('the seed', () => {
  it("signs every account in on the site's own example domain, and gives the reporter the reference article's public address", async () => {
    expect((await signInAddresses()).every((address) => address.endsWith('@dateline.example'))).toBe(true);
    expect(seedStaff.every((member) => member.email.endsWith('@dateline.example'))).toBe(true);
    expect(testStaff.REPORTER.email).toBe('reporter@dateline.example');
    const reporter = await db.staff.findUniqueOrThrow({ where: { slug: 'ha-in-gyu' } });
    expect(reporter).toMatchObject({ email: 'reporter@dateline.example', contactEmail: 'popupnews24@naver.com' });
  });
});

describe('reader pages', () => {
  it('give no page to staff without a published article: the administrator, editor and moderator are 404s', async () => {
    for (const slug of ['administrator', 'park-seo-yeon', 'lee-do-yun']) {
      for (const locale of ['ko', 'en'] as const) expect(await reporterPage(slug, locale), `${locale}/${slug}`).toEqual({ notFound: true });
    }
  });

  it("show the reporter's public address on the reporter page, never the sign-in address", async () => {
    const addresses = await signInAddresses();
    for (const locale of ['ko', 'en'] as const) {
      const result = await reporterPage('ha-in-gyu', locale);
      expect(result).toHaveProperty('props');
      const props = (result as { props: PageProps<never> }).props;
      expectNoSignInAddress(JSON.stringify(props), addresses);
      const html = renderToStaticMarkup(createElement(ReporterPage, props));
      expect(html).toContain('href="mailto:popupnews24@naver.com"');
      expectNoSignInAddress(html, addresses);
    }
  });

  it('sign the article with the public address, and keep sign-in addresses out of its data and JSON-LD', async () => {
    const addresses = await signInAddresses();
    for (const locale of ['ko', 'en'] as const) {
      const result = await articlePageProps({ params: { locale, slug: seedSlug } });
      expect(result).toHaveProperty('props');
      const props = (result as { props: PageProps<{ article: ArticleView }> }).props;
      expectNoSignInAddress(JSON.stringify(props), addresses);
      const { article } = fromPageProps(props);
      expect(article.authors).toEqual([expect.objectContaining({ slug: 'ha-in-gyu', contactEmail: 'popupnews24@naver.com' })]);
      expectNoSignInAddress(serializeJsonLd(newsArticleJsonLd(article, locale)), addresses);
    }
  });

  it('keep sign-in addresses out of the feeds and sitemaps, which list only the reporter pages that exist', async () => {
    const addresses = await signInAddresses();
    for (const locale of ['ko', 'en']) {
      const feed = await rssFeed(new Request(`http://localhost/${locale}/rss.xml`), { params: Promise.resolve({ locale }) });
      expectNoSignInAddress(await feed.text(), addresses);
    }
    expectNoSignInAddress(await (await newsSitemap()).text(), addresses);
    const entries = await sitemap();
    expectNoSignInAddress(JSON.stringify(entries), addresses);
    const reporterUrls = entries.map((entry) => entry.url).filter((url) => url.includes('/reporters/'));
    expect(reporterUrls.map((url) => new URL(url).pathname).sort()).toEqual(['/en/reporters/ha-in-gyu', '/ko/reporters/ha-in-gyu']);
  });
});

describe('the public contact address', () => {
  it('is set by each staff member in their profile, shown at once, and emptied to show none', async () => {
    const reporter = await signInAs('ha-in-gyu');
    const profile = { nameKo: reporter.nameKo, nameEn: reporter.nameEn, bioKo: '', bioEn: '', deskId: reporter.deskId ?? '' };
    expect(await updateProfileAction(form({ ...profile, contactEmail: 'desk@news.example' }))).toMatchObject({ ok: true });
    const page = JSON.stringify(await reporterPage('ha-in-gyu'));
    expect(page).toContain('desk@news.example');
    expect(page).not.toContain('popupnews24@naver.com');

    const refused = await updateProfileAction(form({ ...profile, contactEmail: 'not an address' }));
    expect(refused).toEqual(fieldFailure({ contactEmail: 'emailInvalid' }));

    expect(await updateProfileAction(form({ ...profile, contactEmail: '' }))).toMatchObject({ ok: true });
    const html = renderToStaticMarkup(
      createElement(ReporterPage, ((await reporterPage('ha-in-gyu')) as { props: PageProps<never> }).props),
    );
    expect(html).not.toContain('mailto:');
    expect((await db.staff.findUniqueOrThrow({ where: { id: reporter.id } })).email).toBe('reporter@dateline.example');
  });

  it("is set by admins for anyone, audited; nobody else may set another's", async () => {
    const reporter = await db.staff.findUniqueOrThrow({ where: { slug: 'ha-in-gyu' } });
    await signInAs('administrator');
    const set = await changeContactEmailAction(form({ staffId: reporter.id, contactEmail: 'popupnews24@naver.com' }));
    expect(set).toMatchObject({ ok: true });
    expect(await db.staff.findUniqueOrThrow({ where: { id: reporter.id } })).toMatchObject({
      contactEmail: 'popupnews24@naver.com',
      email: 'reporter@dateline.example',
    });
    expect(await db.auditLog.findFirst({ where: { action: 'staff.changeContactEmail', entityId: reporter.id } })).toMatchObject({
      details: { from: null, to: 'popupnews24@naver.com' },
    });

    const invalid = await changeContactEmailAction(form({ staffId: reporter.id, contactEmail: 'nope' }));
    expect(invalid).toEqual(fieldFailure({ contactEmail: 'emailInvalid' }));

    for (const slug of ['park-seo-yeon', 'lee-do-yun', 'ha-in-gyu']) {
      await signInAs(slug);
      await expect(
        changeContactEmailAction(form({ staffId: reporter.id, contactEmail: `${slug}@evil.example` })),
        slug,
      ).rejects.toMatchObject({
        digest: 'NEXT_HTTP_ERROR_FALLBACK;403',
      });
    }
    expect((await db.staff.findUniqueOrThrow({ where: { id: reporter.id } })).contactEmail).toBe('popupnews24@naver.com');
  });
});
