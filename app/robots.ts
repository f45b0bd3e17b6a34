import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl, newsSitemapPath } from '@/lib/seo/urls';

export default async function robots(): Promise<MetadataRoute.Robots> {
  // SITE_URL is read when serving, not baked in at build time.
  await connection();
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/admin' },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl(newsSitemapPath)],
  };
}
