import type { PhotoView } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/i18n/messages';

/** The article column is at most 48rem (768px) minus padding; phones get the screen width. */
const columnSizes = '(min-width: 48rem) 736px, calc(100vw - 2rem)';

/** `▲ caption(사진제공=credit) © copyright`, as Korean papers print it. */
export function ArticlePhoto({ photo, locale, priority }: { photo: PhotoView; locale: Locale; priority: boolean }) {
  const t = getMessages(locale);
  return (
    <figure className="my-6">
      <picture>
        {photo.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={columnSizes} />
        ))}
        {/* Sizes are stored with the photo, so the page never jumps while it loads. */}
        <img
          src={photo.src}
          width={photo.width}
          height={photo.height}
          alt={photo.alt}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          decoding="async"
          className="h-auto w-full rounded"
        />
      </picture>
      <figcaption className="mt-2 text-sm text-muted">
        ▲ {photo.caption}
        {photo.credit && t.photoCredit(photo.credit)}
        {photo.copyright && <span className="ml-2">© {photo.copyright}</span>}
      </figcaption>
    </figure>
  );
}
