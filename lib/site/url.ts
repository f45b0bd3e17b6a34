/** The public origin used in absolute links (sitemaps, feeds, canonical URLs). */
export function siteUrl(): string {
  return process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
