import { cropAspectNames, cropBox, cropWidths, focusPosition, type CropAspect, type Focus } from './crop-box';
import { croppedVariantKey, mediaUrl, responsiveSources, variantFormats, type ImageSource } from './urls';

/** A photo as one shaped place shows it: its copies, their size, and where `object-fit: cover` keeps the subject. */
export type FramedPhoto = { src: string; sources: ImageSource[]; width: number; height: number; position: string };

export type FramableRow = { storageKey: string; width: number; height: number; variantWidths: readonly number[]; focus: Focus | null };

/**
 * With a focus set, the copies cropped around it (lib/media/focus.ts made them); before that, the whole photo with
 * the browser cropping at the centre, as `object-position: 50% 50%` (the default) does.
 */
export function framedPhoto(photo: FramableRow, aspect: CropAspect): FramedPhoto {
  if (!photo.focus) {
    return {
      src: mediaUrl(photo.storageKey),
      sources: responsiveSources(photo.storageKey, photo.variantWidths),
      width: photo.width,
      height: photo.height,
      position: focusPosition(photo, { x: 0.5, y: 0.5 }),
    };
  }
  const { focus } = photo;
  const box = cropBox(photo, focus, aspect);
  const widths = cropWidths(box, aspect);
  const key = (width: number, format: (typeof variantFormats)[number]) =>
    croppedVariantKey(photo.storageKey, { aspect, focus, width }, format);
  const largest = widths.at(-1) ?? box.width;
  return {
    src: mediaUrl(key(largest, 'webp')),
    sources: variantFormats.map((format) => ({
      type: `image/${format}`,
      srcSet: widths.map((width) => `${mediaUrl(key(width, format))} ${width}w`).join(', '),
    })),
    width: largest,
    height: Math.round((largest * box.height) / box.width),
    position: focusPosition(photo, focus, box),
  };
}

/** Every shape, for pages and the content API. */
export function framedPhotos(photo: FramableRow): Record<CropAspect, FramedPhoto> {
  return Object.fromEntries(cropAspectNames.map((aspect) => [aspect, framedPhoto(photo, aspect)])) as Record<CropAspect, FramedPhoto>;
}
