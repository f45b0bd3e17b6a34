import type {
  GetServerSidePropsContext,
  GetServerSidePropsResult,
  GetStaticPathsResult,
  GetStaticPropsContext,
  GetStaticPropsResult,
} from 'next';
import { z } from 'zod';
import { readerQuery } from '@/lib/db/outage';
import { locales } from '@/lib/i18n/locales';
import { frameRevalidateSeconds, type SiteFrame } from './frame';
import { toPageProps, type PageProps } from './page-props';

/** Every reader address starts with its language: /ko/…, /en/…. */
export const localeParams = z.object({ locale: z.enum(locales) });
export const slugParams = localeParams.extend({ slug: z.string().min(1).max(200) });

/** A query parameter given once; repeated, it is none this site made. */
export const singleQueryValue = z.preprocess((value) => (typeof value === 'string' ? value : undefined), z.string().optional());

type Definition<S extends z.ZodType, T> = {
  /** The route's parameters (and, per request, its query string); an address they refuse is a 404. */
  params: S;
  /** The page's data; null for a 404. An unreachable database makes the page a 503 (pages/_error.tsx). */
  load: (params: z.output<S>) => Promise<T | null>;
};

async function loaded<S extends z.ZodType, T>({ params, load }: Definition<S, T>, input: unknown): Promise<T | null> {
  const parsed = params.safeParse(input);
  return parsed.success ? readerQuery(load(parsed.data)) : null;
}

/**
 * A reader page rendered on its first request, then served from the page cache (incremental static regeneration)
 * until `revalidate` seconds have passed or a change readers can see revalidates its address (lib/site/revalidate.ts).
 * Nothing is rendered at build time: the build needs no database.
 */
export function cachedReaderPage<S extends z.ZodType, T extends { frame: SiteFrame }>(
  definition: Definition<S, T> & { revalidate: number },
) {
  const { revalidate } = definition;
  return {
    getStaticPaths: async (): Promise<GetStaticPathsResult> => ({ paths: [], fallback: 'blocking' }),
    getStaticProps: async ({ params }: GetStaticPropsContext): Promise<GetStaticPropsResult<PageProps<T>>> => {
      const data = await loaded(definition, params);
      if (data === null) return { notFound: true, revalidate };
      return { props: toPageProps(data), revalidate: frameRevalidateSeconds(data.frame, revalidate) };
    },
  };
}

/** A reader page rendered for every request (search; listings, whose later pages are named in the query string). */
export function perRequestReaderPage<S extends z.ZodType, T>(definition: Definition<S, T>) {
  return {
    getServerSideProps: async ({ params, query }: GetServerSidePropsContext): Promise<GetServerSidePropsResult<PageProps<T>>> => {
      const data = await loaded(definition, { ...query, ...params });
      return data === null ? { notFound: true } : { props: toPageProps(data) };
    },
  };
}
