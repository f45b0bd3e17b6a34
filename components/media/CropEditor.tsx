'use client';

import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { mediaMessages } from '@/lib/i18n/admin/media';
import type { Locale } from '@/lib/i18n/locales';
import {
  boxRect,
  centreFocus,
  cropAspectNames,
  cropBox,
  rectBox,
  smallestCropShare,
  type ArticlePhotoCrops,
  type CropAspect,
  type Size,
} from '@/lib/media/crop-box';

type Props = {
  locale: Locale;
  /** The photo's name, for the area's label. */
  label: string;
  /** A copy of the photo to draw on, and the stored photo's size, which the boxes are computed on. */
  image: { src: string } & Size;
  value: ArticlePhotoCrops;
  onChange: (crops: ArticlePhotoCrops) => void;
};

const step = 0.02;
const bigStep = 0.1;
const arrows: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
const percent = (fraction: number) => Math.round(fraction * 100);

/**
 * One article's crops of a photo, a shape at a time: the box keeps the shape's proportions (rectBox, as the server
 * cuts it); clicking or the arrow keys move it, the slider sizes it. A shape left alone follows the photo's focus.
 */
export function CropEditor({ locale, label, image, value, onChange }: Props) {
  const t = mediaMessages[locale];
  const sizeId = useId();
  const [aspect, setAspect] = useState<CropAspect>('16x9');
  const largest = cropBox(image, centreFocus, aspect);
  const drawn = value[aspect];
  const box = drawn ? rectBox(image, drawn, aspect) : largest;
  const shown = boxRect(image, box);
  const centre = { x: shown.x + shown.w / 2, y: shown.y + shown.h / 2 };
  const share = percent(box.width / largest.width);

  /** A box of the shape `w` wide (a fraction of the photo's width) around the centre, as the server will cut it. */
  const place = (at: { x: number; y: number }, w = shown.w) => {
    const h = (w * shown.h) / shown.w;
    onChange({ ...value, [aspect]: boxRect(image, rectBox(image, { x: at.x - w / 2, y: at.y - h / 2, w, h }, aspect)) });
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const area = event.currentTarget.getBoundingClientRect();
    place({ x: (event.clientX - area.left) / area.width, y: (event.clientY - area.top) / area.height });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const arrow = arrows[event.key];
    if (!arrow) return;
    event.preventDefault();
    const size = event.shiftKey ? bigStep : step;
    place({ x: centre.x + arrow.x * size, y: centre.y + arrow.y * size });
  };
  const reset = () => onChange(Object.fromEntries(Object.entries(value).filter(([shape]) => shape !== aspect)));

  return (
    <div className="flex flex-col gap-2 rounded border border-rule p-3">
      <p className="text-xs text-muted">{t.cropHint}</p>
      <div role="group" aria-label={t.cropShape} className="flex flex-wrap gap-2">
        {cropAspectNames.map((shape) => (
          <button
            key={shape}
            type="button"
            aria-pressed={shape === aspect}
            onClick={() => setAspect(shape)}
            className="rounded border border-rule px-2 py-1 text-xs aria-pressed:bg-ink aria-pressed:text-paper"
          >
            {t.focusShapes[shape]}
            {value[shape] && ' ✓'}
          </button>
        ))}
      </div>
      <div
        role="slider"
        tabIndex={0}
        aria-label={`${t.cropArea(t.focusShapes[aspect])} (${label})`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent(centre.x)}
        aria-valuetext={t.cropAt(percent(shown.x), percent(shown.y), share)}
        onClick={onClick}
        onKeyDown={onKeyDown}
        className="relative max-w-md cursor-crosshair overflow-hidden select-none focus:outline-2 focus:outline-offset-2 focus:outline-ink"
      >
        <img src={image.src} alt="" width={image.width} height={image.height} draggable={false} className="h-auto w-full bg-rule" />
        <span
          aria-hidden="true"
          data-testid="crop-box"
          className={`pointer-events-none absolute border-2 border-white shadow-[0_0_0_9999px_rgba(0,0,0,0.45)] ${drawn ? '' : 'border-dashed'}`}
          style={{ left: `${shown.x * 100}%`, top: `${shown.y * 100}%`, width: `${shown.w * 100}%`, height: `${shown.h * 100}%` }}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor={sizeId}>{t.cropSize}</label>
        <input
          id={sizeId}
          type="range"
          min={percent(smallestCropShare)}
          max={100}
          value={share}
          onChange={(event) => place(centre, (largest.width * Number(event.target.value)) / 100 / image.width)}
        />
        <span>{share}%</span>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p role="status">{drawn ? t.cropSet : t.cropUnset}</p>
        <button
          type="button"
          disabled={!drawn}
          onClick={reset}
          className="rounded border border-rule px-2 py-1 text-xs disabled:opacity-40"
        >
          {t.cropReset}
        </button>
      </div>
    </div>
  );
}
