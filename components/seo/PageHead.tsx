import Head from 'next/head';
import type { PageMeta, SocialImage } from '@/lib/seo/metadata';
import { siteIconHref } from '@/lib/site/icon';

const openGraphImageTags = (images: readonly SocialImage[] = []) =>
  images.flatMap((image) => [
    <meta key={`og:image:${image.url}`} property="og:image" content={image.url} />,
    <meta key={`og:image:width:${image.url}`} property="og:image:width" content={String(image.width)} />,
    <meta key={`og:image:height:${image.url}`} property="og:image:height" content={String(image.height)} />,
    <meta key={`og:image:alt:${image.url}`} property="og:image:alt" content={image.alt} />,
  ]);

const twitterImageTags = (images: readonly SocialImage[] = []) =>
  images.flatMap((image) => [
    <meta key={`twitter:image:${image.url}`} name="twitter:image" content={image.url} />,
    <meta key={`twitter:image:alt:${image.url}`} name="twitter:image:alt" content={image.alt} />,
  ]);

/** The page's `<head>`: title, description, language versions, feed, link previews; `jsonLd` as structured data. */
export function PageHead({ meta, jsonLd }: { meta: PageMeta; jsonLd?: string }) {
  const { alternates, openGraph: og, twitter } = meta;
  return (
    <Head>
      <title>{meta.title}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" key="viewport" />
      {meta.description && <meta name="description" content={meta.description} />}
      {meta.noindex && <meta name="robots" content="noindex" />}
      <link rel="icon" href={siteIconHref} type="image/svg+xml" />
      {alternates && <link rel="canonical" href={alternates.canonical} />}
      {alternates &&
        Object.entries(alternates.languages).map(([language, href]) => (
          <link key={`hreflang:${language}`} rel="alternate" hrefLang={language} href={href} />
        ))}
      {alternates && <link rel="alternate" type="application/rss+xml" title={alternates.feed.title} href={alternates.feed.url} />}
      {og && (
        <>
          <meta property="og:type" content={og.type} />
          <meta property="og:url" content={og.url} />
          <meta property="og:title" content={og.title} />
          <meta property="og:description" content={og.description} />
          <meta property="og:site_name" content={og.siteName} />
          <meta property="og:locale" content={og.locale} />
          {og.alternateLocale.map((locale) => (
            <meta key={`og:locale:alternate:${locale}`} property="og:locale:alternate" content={locale} />
          ))}
          {og.publishedTime && <meta property="article:published_time" content={og.publishedTime} />}
          {og.modifiedTime && <meta property="article:modified_time" content={og.modifiedTime} />}
          {openGraphImageTags(og.images)}
        </>
      )}
      {twitter && (
        <>
          <meta name="twitter:card" content={twitter.card} />
          <meta name="twitter:title" content={twitter.title} />
          <meta name="twitter:description" content={twitter.description} />
          {twitterImageTags(twitter.images)}
        </>
      )}
      {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
    </Head>
  );
}
