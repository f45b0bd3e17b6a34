import sharp from 'sharp';
import { cropAspectNames, cropBox, cropWidths, type Focus, type Size } from './crop-box';
import { encodingBytes, queueImageWork, queuePhotoJob } from './image-jobs';
import { variantEncoders } from './photos';
import { writeMedia } from './storage';
import { croppedVariantKey, variantFormats } from './urls';

/**
 * AVIF and WebP copies of the stored photo cut to each shape around the focus (see `cropBox`), at the widths the
 * shape's places need. `original` is the photo as stored, `size` its size. Waits its turn behind other image jobs.
 */
export function storeCroppedVariants(original: Buffer, storageKey: string, size: Size, focus: Focus): Promise<void> {
  return queuePhotoJob(async () => {
    for (const aspect of cropAspectNames) {
      const box = cropBox(size, focus, aspect);
      const cropped = sharp(original).extract(box);
      for (const width of cropWidths(box, aspect)) {
        const resized = cropped.clone().resize({ width });
        const pixels = width * Math.round((width * box.height) / box.width);
        for (const format of variantFormats) {
          const copy = await queueImageWork(encodingBytes(format, pixels), () => variantEncoders[format](resized.clone()).toBuffer());
          await writeMedia(croppedVariantKey(storageKey, { aspect, focus, width }, format), copy);
        }
      }
    }
  });
}
