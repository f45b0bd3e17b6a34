import type { IslandModule, IslandName, IslandProps } from './islands';

/** Each island's own bundle, fetched only when the reader comes near it. */
const bundles: { [N in IslandName]: () => Promise<IslandModule<N>> } = {
  comments: () => import('./comments'),
  'photo-news': () => import('./photo-news'),
};

/** How far below the screen an island starts loading, so it is ready by the time the reader gets there. */
const approach = '600px 0px';

async function start<N extends IslandName>(element: HTMLElement, name: N): Promise<void> {
  const island = await bundles[name]();
  island.mount(element, JSON.parse(element.dataset.props ?? '{}') as IslandProps[N]);
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const element = entry.target as HTMLElement;
      void start(element, element.dataset.island as IslandName);
    }
  },
  { rootMargin: approach },
);

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  if (element.dataset.island && element.dataset.island in bundles) observer.observe(element);
}
