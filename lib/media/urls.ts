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
