import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { avifOptions, encodingBytes, queueImageWork, queuePhotoJob } from './image-jobs';
import { scaledOriginal } from './scaled-original';
import { writeMedia } from './storage';
import { variantFormats, variantKey, type VariantFormat } from './urls';

/** Widths readers' screens need, from phones to wide desktops; never wider than the stored original. */
const variantLadder = [480, 800, 1200, 1600];

export const variantEncoders: Record<VariantFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 55, ...avifOptions }),
  webp: (image) => image.webp({ quality: 75 }),
};

export type StoredPhoto = {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  byteSize: number;
  variantWidths: number[];
};

/**
 * Keeps the photo scaled down and stripped (see `scaledOriginal`) under a key named by its content, and AVIF and
 * WebP copies of that scaled photo at each width of the ladder, so pages can offer `srcset`s and files can be
 * cached forever. Waits its turn behind other image jobs.
 */
export function storePhoto(upload: Buffer): Promise<StoredPhoto> {
  return queuePhotoJob(async () => {
    const { data, format, width, height } = await scaledOriginal(upload);
    const extension = format === 'jpeg' ? 'jpg' : format;
    const storageKey = `photos/${createHash('sha256').update(data).digest('hex').slice(0, 20)}.${extension}`;
    await writeMedia(storageKey, data);

    const variantWidths = variantLadder.filter((w) => w < width).concat(width);
    for (const w of variantWidths) {
      const resized = sharp(data).resize({ width: w });
      const pixels = w * Math.round((height * w) / width);
      for (const copyFormat of variantFormats) {
        const copy = await queueImageWork(encodingBytes(copyFormat, pixels), () => variantEncoders[copyFormat](resized.clone()).toBuffer());
        await writeMedia(variantKey(storageKey, w, copyFormat), copy);
      }
    }
    return { storageKey, mimeType: `image/${format}`, width, height, byteSize: data.length, variantWidths };
  });
}
