import type { PhotoView } from '@/lib/articles/queries';

type Props = { photo: PhotoView; sizes: string; className: string; lead?: boolean };

/** A story's photo on the front page: the smallest copy that fills its place; the lead's loads first (it is the page's largest paint). */
export function StoryPhoto({ photo, sizes, className, lead = false }: Props) {
  return (
    <picture className="shrink-0">
      {photo.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={photo.src}
        alt={lead ? photo.alt : ''}
        width={photo.width}
        height={photo.height}
        loading={lead ? 'eager' : 'lazy'}
        fetchPriority={lead ? 'high' : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
