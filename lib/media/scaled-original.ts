import sharp, { type Metadata, type Sharp } from 'sharp';
import { avifOptions, encodingBytes, queueImageWork } from './image-jobs';
import { UploadError } from './upload-error';
import { maxUploadPixels } from './upload-limits';

/** Enough for the widest column a page shows a photo in (736 px) on a 3× screen; a camera's 8,000 px only cost memory and disk. */
export const maxOriginalSide = 2560;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/** The format by its usual name: libvips reads AVIF as HEIF compressed with AV1. */
export function imageFormat({ format, compression }: Pick<Metadata, 'format' | 'compression'>): string | undefined {
  return format === 'heif' && compression === 'av1' ? 'avif' : format;
}

/** The upload's own format, at a quality that leaves no visible loss (PNG stays lossless). */
const encoders: Record<PhotoFormat, (image: Sharp) => Sharp> = {
  jpeg: (image) => image.jpeg({ quality: 90, mozjpeg: true }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 90 }),
  avif: (image) => image.avif({ quality: 70, ...avifOptions }),
};

const isPhotoFormat = (format: string | undefined): format is PhotoFormat => !!format && Object.hasOwn(encoders, format);

/**
 * Memory decoding holds per pixel of the upload, beyond what its encoding counts, measured with sharp 0.34.5: an
 * AVIF is always decoded whole (48 megapixels took 710 MB), and so are a progressive JPEG and an interlaced PNG
 * (170 MB); the others are read line by line.
 */
function wholeDecodingBytesPerPixel(format: PhotoFormat, { isProgressive }: Metadata): number {
  if (format === 'avif') return 15;
  return isProgressive ? 4 : 0;
}

export type ScaledOriginal = { data: Buffer; format: PhotoFormat; width: number; height: number };

/**
 * The photo as it is kept and served: at most `maxOriginalSide` px on its long side, in its own format, with the
 * EXIF orientation applied to the pixels and every other piece of metadata left out, since camera EXIF carries GPS
 * positions (a source's home), serial numbers, owners' names and thumbnails of the uncropped frame. Colours are
 * converted to sRGB so dropping the ICC profile changes nothing a reader sees. Asking for the smaller size up
 * front lets libvips read the upload line by line and decode a JPEG at a half, quarter or eighth of its size.
 */
export async function scaledOriginal(upload: Buffer): Promise<ScaledOriginal> {
  const metadata = await sharp(upload, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new UploadError('unsupportedType');
    });
  const format = imageFormat(metadata);
  if (!isPhotoFormat(format)) throw new UploadError('unsupportedType');
  const { width, height } = metadata;
  if (width * height > maxUploadPixels) throw new UploadError('tooManyPixels');
  const scale = Math.min(1, maxOriginalSide / Math.max(width, height));
  const image = sharp(upload, { limitInputPixels: maxUploadPixels, sequentialRead: true, failOn: 'error' })
    .autoOrient()
    .resize({ width: maxOriginalSide, height: maxOriginalSide, fit: 'inside', withoutEnlargement: true });
  const encode = () => encoders[format](image).toBuffer({ resolveWithObject: true });
  const memory = width * height * wholeDecodingBytesPerPixel(format, metadata) + encodingBytes(format, width * height * scale ** 2);
  const { data, info } = await queueImageWork(memory, encode).catch(() => {
    throw new UploadError('damaged');
  });
  return { data, format, width: info.width, height: info.height };
}
