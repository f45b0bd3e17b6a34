import type { ComponentType } from 'react';
import { CommentSection } from '@/components/comments/CommentSection';
import { PhotoNewsStrip } from '@/components/site/PhotoNewsStrip';
import type { IslandName, IslandProps } from './islands';

const components: { [N in IslandName]: ComponentType<IslandProps[N]> } = {
  comments: CommentSection,
  'photo-news': PhotoNewsStrip,
};

/**
 * An island as the server renders it: the component's first state as plain HTML, so the page reads the same
 * before its code arrives, and the props the browser's copy starts from (read by boot.ts).
 */
export function Island<N extends IslandName>({ name, props }: { name: N; props: IslandProps[N] }) {
  const Component = components[name] as ComponentType<IslandProps[N]>;
  return (
    <div data-island={name} data-props={JSON.stringify(props)}>
      <Component {...props} />
    </div>
  );
}
