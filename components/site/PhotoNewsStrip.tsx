import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ImageSource } from '@/lib/media/urls';

export type PhotoNewsItem = {
  href: string;
  headline: string;
  /** Cut to 4:3 around the photo's focus (lib/media/framed.ts), `position` for `object-position`. */
  photo: { src: string; sources: ImageSource[]; width: number; height: number; position: string };
};

type Labels = { title: string; previous: string; next: string };

export type PhotoNewsStripProps = { items: PhotoNewsItem[]; labels: Labels };

const swipeThreshold = 40;

/** One photo story at a time with a `1/15` pager: buttons, arrow keys and swipes all turn it. */
export function PhotoNewsStrip({ items, labels }: PhotoNewsStripProps) {
  const [index, setIndex] = useState(0);
  const swipeStart = useRef<number | null>(null);
  const item = items[index];
  if (!item) return null;

  const turn = (step: number) => setIndex((i) => (i + step + items.length) % items.length);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') turn(-1);
    if (event.key === 'ArrowRight') turn(1);
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (start !== null && Math.abs(event.clientX - start) > swipeThreshold) turn(event.clientX < start ? 1 : -1);
  };

  return (
    <section aria-roledescription="carousel" aria-labelledby="photo-news-title" onKeyDown={onKeyDown} className="my-8">
      <div className="flex items-baseline justify-between border-b-2 border-ink pb-2">
        <h2 id="photo-news-title" className="text-lg font-bold">
          {labels.title}
        </h2>
        <div className="flex items-center gap-2 text-sm">
          <button type="button" onClick={() => turn(-1)} aria-label={labels.previous} className="rounded border border-rule px-2">
            ‹
          </button>
          <span aria-live="polite">
            {index + 1}/{items.length}
          </span>
          <button type="button" onClick={() => turn(1)} aria-label={labels.next} className="rounded border border-rule px-2">
            ›
          </button>
        </div>
      </div>
      <a
        href={item.href}
        className="mt-3 block touch-pan-y"
        onPointerDown={(event) => (swipeStart.current = event.clientX)}
        onPointerUp={onPointerUp}
        draggable={false}
      >
        <picture>
          {item.photo.sources.map((source) => (
            <source key={source.type} type={source.type} srcSet={source.srcSet} sizes="(min-width: 48rem) 736px, 100vw" />
          ))}
          <img
            src={item.photo.src}
            width={item.photo.width}
            height={item.photo.height}
            alt=""
            loading="lazy"
            decoding="async"
            className="aspect-[4/3] w-full rounded object-cover"
            style={{ objectPosition: item.photo.position }}
          />
        </picture>
        <p className="mt-2 font-semibold">{item.headline}</p>
      </a>
    </section>
  );
}
