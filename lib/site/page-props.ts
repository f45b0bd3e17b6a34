import superjson, { type SuperJSONResult } from 'superjson';

/**
 * A reader page's data as Next.js passes it from getStaticProps/getServerSideProps to the page: JSON that keeps
 * its Dates (times are Dates everywhere in lib/), and is typed by what the loader returned.
 */
export type PageProps<T> = { page: SuperJSONResult; readonly loaded?: T };

export function toPageProps<T>(data: T): PageProps<T> {
  return { page: superjson.serialize(data) };
}

export function fromPageProps<T>(props: PageProps<T>): T {
  return superjson.deserialize<T>(props.page);
}
