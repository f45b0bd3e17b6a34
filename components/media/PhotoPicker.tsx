'use client';

import { useEffect, useId, useState } from 'react';
import type { PhotoCrops } from '@/lib/articles/edit-schema';
import { mediaMessages } from '@/lib/i18n/admin/media';
import type { Locale } from '@/lib/i18n/locales';
import type { LibraryPhoto } from '@/lib/media/library';
import { CropEditor } from './CropEditor';
import { fetchLibrary } from './library-request';
import { moveItem } from './move-item';
import { PhotoUploader } from './PhotoUploader';

type Props = {
  locale: Locale;
  /** The chosen photos' ids, in order; the first is the lead photo. */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Hears of every photo the picker has looked up, so the page can name and show them elsewhere. */
  onKnown?: (photos: ReadonlyMap<string, LibraryPhoto>) => void;
  /** The article's own crops of the chosen photos, by photo id; without `onCropsChange` there is no crop control. */
  crops?: PhotoCrops;
  onCropsChange?: (crops: PhotoCrops) => void;
};

const smallButton = 'rounded border border-rule px-2 py-1 text-sm disabled:opacity-40';

function withPhotos(known: ReadonlyMap<string, LibraryPhoto>, photos: readonly LibraryPhoto[]): ReadonlyMap<string, LibraryPhoto> {
  return new Map([...known, ...photos.map((photo) => [photo.id, photo] as const)]);
}

/** Chooses an article's photos from the library (or a new upload) and puts them in order, all by keyboard too. */
export function PhotoPicker({ locale, value, onChange, onKnown, crops = {}, onCropsChange }: Props) {
  const t = mediaMessages[locale];
  const headingId = useId();
  const [known, setKnown] = useState<ReadonlyMap<string, LibraryPhoto>>(new Map());
  const [library, setLibrary] = useState<{ ids: string[]; nextCursor: string | null } | null>(null);
  const [failed, setFailed] = useState(false);
  const [cropping, setCropping] = useState<string | null>(null);

  // The picker says itself that the library could not be loaded: the route's sentence is not shown.
  async function load(query: Parameters<typeof fetchLibrary>[0]) {
    const result = await fetchLibrary(query, '');
    setFailed(!result.ok);
    if (!result.ok) return null;
    setKnown((previous) => withPhotos(previous, result.data.items));
    return result.data;
  }

  // Photos chosen before this picker was shown (a saved article's): fetched once by id.
  const unknownIds = value.filter((id) => !known.has(id)).join(',');
  useEffect(() => {
    if (!unknownIds) return;
    void fetchLibrary({ ids: unknownIds.split(',') }, '').then((result) =>
      result.ok ? setKnown((previous) => withPhotos(previous, result.data.items)) : setFailed(true),
    );
  }, [unknownIds]);
  useEffect(() => onKnown?.(known), [known, onKnown]);

  async function openLibrary() {
    const page = await load({});
    if (page) setLibrary({ ids: page.items.map((photo) => photo.id), nextCursor: page.nextCursor });
  }

  async function loadMore(after: string) {
    const page = await load({ after });
    if (page)
      setLibrary((current) => current && { ids: [...current.ids, ...page.items.map((photo) => photo.id)], nextCursor: page.nextCursor });
  }

  async function uploaded(id: string) {
    await load({ ids: [id] });
    setLibrary((current) => current && { ...current, ids: [id, ...current.ids.filter((other) => other !== id)] });
    if (!value.includes(id)) onChange([...value, id]);
  }

  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((other) => other !== id) : [...value, id]);
  const nameOf = (id: string) => known.get(id)?.alt || t.untitled;

  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby={headingId} className="flex flex-col gap-2">
        <h3 id={headingId} className="font-semibold">
          {t.pickerSelected}
        </h3>
        <p className="text-xs text-muted">{t.pickerLead}</p>
        {value.length === 0 ? (
          <p className="text-sm text-muted">{t.pickerNone}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {value.map((id, index) => {
              const photo = known.get(id);
              return (
                <li key={id} className="flex flex-col gap-2 text-sm">
                  <div className="flex items-center gap-3">
                    <img src={photo?.thumbnail} alt="" className="h-14 w-20 shrink-0 bg-rule object-cover" />
                    <span className="min-w-0 flex-1 truncate">{nameOf(id)}</span>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === 0}
                      onClick={() => onChange(moveItem(value, index, index - 1))}
                      aria-label={t.moveUp(nameOf(id))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === value.length - 1}
                      onClick={() => onChange(moveItem(value, index, index + 1))}
                      aria-label={t.moveDown(nameOf(id))}
                    >
                      ↓
                    </button>
                    {onCropsChange && (
                      <button
                        type="button"
                        className={smallButton}
                        disabled={!photo}
                        aria-expanded={cropping === id}
                        onClick={() => setCropping(cropping === id ? null : id)}
                        aria-label={t.cropFor(nameOf(id))}
                      >
                        {t.crop}
                        {Object.keys(crops[id] ?? {}).length > 0 && ' ✓'}
                      </button>
                    )}
                    <button type="button" className={smallButton} onClick={() => toggle(id)} aria-label={t.remove(nameOf(id))}>
                      ✕
                    </button>
                  </div>
                  {onCropsChange && photo && cropping === id && (
                    <CropEditor
                      locale={locale}
                      label={nameOf(id)}
                      image={{ src: photo.thumbnail, width: photo.width, height: photo.height }}
                      value={crops[id] ?? {}}
                      onChange={(next) => onCropsChange({ ...crops, [id]: next })}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <button
        type="button"
        aria-expanded={library !== null}
        onClick={() => (library ? setLibrary(null) : void openLibrary())}
        className={`${smallButton} self-start`}
      >
        {library ? t.pickerClose : t.pickerOpen}
      </button>
      <p role="alert" className="text-sm font-semibold text-accent empty:hidden">
        {failed ? t.pickerLoadFailed : ''}
      </p>
      {library && (
        <div className="flex flex-col gap-3">
          <PhotoUploader locale={locale} onUploaded={(photo) => void uploaded(photo.id)} />
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {library.ids.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  aria-pressed={value.includes(id)}
                  onClick={() => toggle(id)}
                  className="flex w-full flex-col gap-1 rounded p-1 text-left text-xs aria-pressed:ring-2 aria-pressed:ring-ink"
                >
                  <img src={known.get(id)?.thumbnail} alt="" className="aspect-[4/3] w-full bg-rule object-cover" />
                  <span className="line-clamp-2">{nameOf(id)}</span>
                </button>
              </li>
            ))}
          </ul>
          {library.nextCursor && (
            <button
              type="button"
              onClick={() => library.nextCursor && void loadMore(library.nextCursor)}
              className={`${smallButton} self-start`}
            >
              {t.pickerLoadMore}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
