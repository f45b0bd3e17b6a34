import sharp from 'sharp';
import { cropWidths, framingBox, type CropAspect, type Framing, type Size } from './crop-box';
import { encodingBytes, queueImageWork, queuePhotoJob } from './image-jobs';
import { variantEncoders } from './photos';
import { writeMedia } from './storage';
import { croppedVariantKey, variantFormats } from './urls';

/**
 * AVIF and WebP copies of the stored photo cut to each named shape as its framing says (around the focus, or from an
 * article's rectangle: see `framingBox`), at the widths the shape's places need. `original` is the photo as stored,
 * `size` its size. Waits its turn behind other image jobs.
 */
export function storeCroppedVariants(
  original: Buffer,
  storageKey: string,
  size: Size,
  framings: Partial<Record<CropAspect, Framing>>,
): Promise<void> {
  return queuePhotoJob(async () => {
    for (const [aspect, framing] of Object.entries(framings) as [CropAspect, Framing][]) {
      const box = framingBox(size, framing, aspect);
      const cropped = sharp(original).extract(box);
      for (const width of cropWidths(box, aspect)) {
        const resized = cropped.clone().resize({ width });
        const pixels = width * Math.round((width * box.height) / box.width);
        for (const format of variantFormats) {
          const copy = await queueImageWork(encodingBytes(format, pixels), () => variantEncoders[format](resized.clone()).toBuffer());
          await writeMedia(croppedVariantKey(storageKey, { aspect, framing, box, width }, format), copy);
        }
      }
    }
  });
}
