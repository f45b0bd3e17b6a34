import type { PhotoView } from '@/lib/articles/queries';
import type { CropAspect } from '@/lib/media/crop-box';

type Props = { photo: PhotoView; aspect: CropAspect; sizes: string; className: string; lead?: boolean };

/**
 * A story's photo on the front page, in its place's shape (copies cut around the photo's focus): the smallest copy
 * that fills the place; the lead's loads first (it is the page's largest paint).
 */
export function StoryPhoto({ photo, aspect, sizes, className, lead = false }: Props) {
  const framed = photo.framed[aspect];
  return (
    <picture className="shrink-0">
      {framed.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={framed.src}
        alt={lead ? photo.alt : ''}
        width={framed.width}
        height={framed.height}
        loading={lead ? 'eager' : 'lazy'}
        fetchPriority={lead ? 'high' : undefined}
        decoding="async"
        className={className}
        style={{ objectPosition: framed.position }}
      />
    </picture>
  );
}
