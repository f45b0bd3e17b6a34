'use client';

import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { buttonClassName } from '@/components/shared/FormField';
import { useAction } from '@/components/shared/use-action';
import type { Result } from '@/lib/actions/result';
import { mediaMessages } from '@/lib/i18n/admin/media';
import type { Locale } from '@/lib/i18n/locales';
import { centreFocus, coverPosition, cropAspectNames, cropAspects, cropBox, type Focus, type Size } from '@/lib/media/crop-box';

type Props = {
  locale: Locale;
  photoId: string;
  /** The photo's smallest copy and the stored photo's size, which the crops are computed on. */
  image: { src: string; alt: string } & Size;
  initial: Focus | null;
  save: (input: { photoId: string; x: number; y: number }) => Promise<Result<{ articleSlugs: string[] }>>;
  /** Shown, not changed: the server would refuse this staff member's change (canEditPhotoTexts). */
  readOnly: boolean;
};

const step = 0.02;
const bigStep = 0.1;
const arrows: Record<string, Focus> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

const clamp = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 1000;
const percent = (fraction: number) => Math.round(fraction * 100);

/** Click the photo (or move with the arrow keys) to set its focal point; previews show each shape's crop as pages will. */
export function FocusPicker({ locale, photoId, image, initial, save, readOnly }: Props) {
  const t = mediaMessages[locale];
  const [focus, setFocus] = useState<Focus>(initial ?? centreFocus);
  const [changed, setChanged] = useState(false);
  const [chosen, setChosen] = useState(initial !== null);
  const { submit, pending, ready, result, error } = useAction(
    () => save({ photoId, ...focus }),
    () => setChanged(false),
  );

  const move = (next: Focus) => {
    if (readOnly) return;
    setFocus({ x: clamp(next.x), y: clamp(next.y) });
    setChanged(true);
    setChosen(true);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const area = event.currentTarget.getBoundingClientRect();
    move({ x: (event.clientX - area.left) / area.width, y: (event.clientY - area.top) / area.height });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const arrow = arrows[event.key];
    if (!arrow) return;
    event.preventDefault();
    const size = event.shiftKey ? bigStep : step;
    move({ x: focus.x + arrow.x * size, y: focus.y + arrow.y * size });
  };
  const where = t.focusAt(percent(focus.x), percent(focus.y));

  return (
    <form onSubmit={submit} aria-labelledby="focus-title" className="flex flex-col gap-3">
      <h2 id="focus-title" className="font-semibold">
        {t.focusTitle}
      </h2>
      {!readOnly && (
        <p id="focus-hint" className="text-sm text-muted">
          {t.focusHint}
        </p>
      )}
      <div
        role="slider"
        tabIndex={readOnly ? -1 : 0}
        aria-label={t.focusArea}
        aria-describedby={readOnly ? undefined : 'focus-hint'}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent(focus.x)}
        aria-valuetext={where}
        aria-readonly={readOnly}
        onClick={onClick}
        onKeyDown={onKeyDown}
        className="relative cursor-crosshair select-none focus:outline-2 focus:outline-offset-2 focus:outline-ink aria-readonly:cursor-default"
      >
        <img
          src={image.src}
          alt={image.alt}
          width={image.width}
          height={image.height}
          draggable={false}
          className="h-auto w-full bg-rule"
        />
        <span
          aria-hidden="true"
          data-testid="focus-marker"
          className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white shadow-[0_0_0_2px_#000]"
          style={{ left: `${focus.x * 100}%`, top: `${focus.y * 100}%` }}
        />
      </div>
      <p className="text-sm">{chosen ? where : t.focusUnset}</p>
      <figure>
        <figcaption className="text-sm font-semibold">{t.focusPreviews}</figcaption>
        <ul className="mt-2 flex flex-wrap items-end gap-3">
          {cropAspectNames.map((aspect) => {
            const [across, down] = cropAspects[aspect];
            return (
              <li key={aspect} className="flex flex-col gap-1 text-xs text-muted">
                <img
                  src={image.src}
                  alt=""
                  className="h-20 rounded bg-rule object-cover"
                  style={{ aspectRatio: `${across} / ${down}`, objectPosition: coverPosition(image, cropBox(image, focus, aspect)) }}
                />
                {t.focusShapes[aspect]}
              </li>
            );
          })}
        </ul>
      </figure>
      {!readOnly && (
        <div className="flex items-center gap-4">
          <button type="submit" disabled={!ready || !changed} className={`${buttonClassName} shrink-0`}>
            {pending ? t.savingFocus : t.saveFocus}
          </button>
          <p role="status" className="text-sm empty:hidden">
            {result?.ok && !changed ? t.focusSaved : ''}
          </p>
        </div>
      )}
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {error}
      </p>
    </form>
  );
}
