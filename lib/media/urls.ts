import type { CropBox, Framing } from './crop-box';

/** Public address of a stored media file; served by app/media/[...key]/route.ts. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
}

/** Formats of the responsive copies, best compression first. */
export const variantFormats = ['avif', 'webp'] as const;
export type VariantFormat = (typeof variantFormats)[number];

/** `photos/abc.jpg` at 800 px as AVIF → `photos/abc-800.avif`. */
export function variantKey(storageKey: string, width: number, format: VariantFormat): string {
  return `${storageKey.replace(/\.[a-z0-9]+$/, '')}-${width}.${format}`;
}

export type ImageSource = { type: string; srcSet: string };

/** `<source>` entries for a `<picture>`: one per format, each listing every width. */
export function responsiveSources(storageKey: string, widths: readonly number[]): ImageSource[] {
  if (widths.length === 0) return [];
  return variantFormats.map((format) => ({
    type: `image/${format}`,
    srcSet: widths.map((w) => `${mediaUrl(variantKey(storageKey, w, format))} ${w}w`).join(', '),
  }));
}

/**
 * `photos/abc.jpg` cropped to 4:3 around the focus (0.25, 0.5) at 640 px as WebP → `photos/abc-4x3-f250-500-640.webp`;
 * cut from an article's rectangle, the key names the box in pixels instead: `photos/abc-4x3-c100-0-800x600-640.webp`.
 * What is cut is in the key, so a copy never changes under its address (served as immutable) when the focus moves.
 */
export function croppedVariantKey(
  storageKey: string,
  { aspect, framing, box, width }: { aspect: string; framing: Framing; box: CropBox; width: number },
  format: VariantFormat,
): string {
  const perMille = (fraction: number) => Math.round(fraction * 1000);
  const cut =
    'focus' in framing
      ? `f${perMille(framing.focus.x)}-${perMille(framing.focus.y)}`
      : `c${box.left}-${box.top}-${box.width}x${box.height}`;
  return `${storageKey.replace(/\.[a-z0-9]+$/, '')}-${aspect}-${cut}-${width}.${format}`;
}
