import {
  cropAspectNames,
  cropWidths,
  focusPosition,
  framingBox,
  type ArticlePhotoCrops,
  type CropAspect,
  type Focus,
  type Framing,
} from './crop-box';
import { croppedVariantKey, mediaUrl, responsiveSources, variantFormats, type ImageSource } from './urls';

/** A photo as one shaped place shows it: its copies, their size, and where `object-fit: cover` keeps the subject. */
export type FramedPhoto = { src: string; sources: ImageSource[]; width: number; height: number; position: string };

export type FramableRow = {
  storageKey: string;
  width: number;
  height: number;
  variantWidths: readonly number[];
  focus: Focus | null;
  /** The article's own rectangles for this use of the photo (lib/articles/photo-crops.ts made their copies). */
  crops?: ArticlePhotoCrops | null;
};

/**
 * Cut from the article's rectangle for the shape if it has one, else around the photo's focus (lib/media/focus.ts
 * made those copies); with neither, the whole photo with the browser cropping at the centre, as
 * `object-position: 50% 50%` (the default) does.
 */
export function framedPhoto(photo: FramableRow, aspect: CropAspect): FramedPhoto {
  const rect = photo.crops?.[aspect];
  const framing: Framing | null = rect ? { rect } : photo.focus && { focus: photo.focus };
  if (!framing) {
    return {
      src: mediaUrl(photo.storageKey),
      sources: responsiveSources(photo.storageKey, photo.variantWidths),
      width: photo.width,
      height: photo.height,
      position: focusPosition(photo, { x: 0.5, y: 0.5 }),
    };
  }
  const box = framingBox(photo, framing, aspect);
  const widths = cropWidths(box, aspect);
  const key = (width: number, format: (typeof variantFormats)[number]) =>
    croppedVariantKey(photo.storageKey, { aspect, framing, box, width }, format);
  const largest = widths.at(-1) ?? box.width;
  const subject =
    'focus' in framing ? framing.focus : { x: (box.left + box.width / 2) / photo.width, y: (box.top + box.height / 2) / photo.height };
  return {
    src: mediaUrl(key(largest, 'webp')),
    sources: variantFormats.map((format) => ({
      type: `image/${format}`,
      srcSet: widths.map((width) => `${mediaUrl(key(width, format))} ${width}w`).join(', '),
    })),
    width: largest,
    height: Math.round((largest * box.height) / box.width),
    position: focusPosition(photo, subject, box),
  };
}

/** Every shape, for pages and the content API. */
export function framedPhotos(photo: FramableRow): Record<CropAspect, FramedPhoto> {
  return Object.fromEntries(cropAspectNames.map((aspect) => [aspect, framedPhoto(photo, aspect)])) as Record<CropAspect, FramedPhoto>;
}
