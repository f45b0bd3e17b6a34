import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { writeMedia } from './storage';
import { variantKey } from './urls';

/** Widths readers' screens need, from phones to wide desktops; never wider than the original. */
const variantLadder = [480, 800, 1200, 1600];

export type StoredPhoto = {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  variantWidths: number[];
};

/** The format by its usual name: libvips reads AVIF as HEIF compressed with AV1. */
export function imageFormat({ format, compression }: Pick<Metadata, 'format' | 'compression'>): string | undefined {
  return format === 'heif' && compression === 'av1' ? 'avif' : format;
}

/**
 * Keeps the original under a key named by its content, and AVIF and WebP copies at each width of
 * the ladder, so pages can offer `srcset`s and files can be cached forever.
 */
export async function storePhoto(original: Buffer): Promise<StoredPhoto> {
  const image = sharp(original);
  const metadata = await image.metadata();
  const { width, height } = metadata;
  const format = imageFormat(metadata);
  if (!width || !height || !format) throw new Error('Not an image');
  const extension = format === 'jpeg' ? 'jpg' : format;
  const storageKey = `photos/${createHash('sha256').update(original).digest('hex').slice(0, 20)}.${extension}`;
  await writeMedia(storageKey, original);

  const variantWidths = variantLadder.filter((w) => w < width).concat(width);
  for (const w of variantWidths) {
    const resized = image.clone().resize({ width: w });
    await writeMedia(variantKey(storageKey, w, 'avif'), await resized.clone().avif({ quality: 55, effort: 4 }).toBuffer());
    await writeMedia(variantKey(storageKey, w, 'webp'), await resized.clone().webp({ quality: 75 }).toBuffer());
  }
  return { storageKey, mimeType: `image/${format}`, width, height, byteSize: original.length, variantWidths };
}

