import type { Locale } from '@/lib/i18n/locales';
import type { PhotoNewsStripProps } from '@/components/site/PhotoNewsStrip';

/**
 * The interactive parts of reader pages. The server renders each as HTML (components/islands/Island.tsx) with its
 * props beside it; in the browser, boot.ts loads an island's own small bundle once the reader comes near it.
 */
export type IslandProps = {
  comments: { slug: string; locale: Locale; count: number };
  'photo-news': PhotoNewsStripProps;
};

export type IslandName = keyof IslandProps;

/** What each island's bundle exports: it takes over the element the server rendered. */
export type IslandModule<N extends IslandName> = { mount(element: HTMLElement, props: IslandProps[N]): void };
