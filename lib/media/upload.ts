import sharp from 'sharp';
import { storePhoto, type StoredPhoto } from './photos';
import { imageFormat, type PhotoFormat } from './scaled-original';
import { UploadError } from './upload-error';
import { maxUploadBytes, maxUploadPixels } from './upload-limits';

// Callers that accept uploads catch their refusals from here.
export { UploadError };

/** An ISO media file's major brand and compatible brands (the minor version between them is skipped). */
function ftypBrands(data: Buffer): string[] {
  if (data.toString('latin1', 4, 8) !== 'ftyp') return [];
  const boxEnd = Math.min(data.readUInt32BE(0), data.length, 64);
  const brands = [data.toString('latin1', 8, 12)];
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(data.toString('latin1', offset, offset + 4));
  return brands;
}

/**
 * The format the file's first bytes announce. Only these four ever reach libvips, so SVG (an XML parser),
 * TIFF, PDF, HEIC and the rest of its loaders never see files from the network.
 */
function signatureFormat(data: Buffer): PhotoFormat | null {
  if (data.length < 16) return null;
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (ftypBrands(data).some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  return null;
}

export type InspectedImage = { format: PhotoFormat; width: number; height: number };

/** Decides from the bytes alone, never the file name or declared type, and reads only the header. */
export async function inspectUpload(data: Buffer): Promise<InspectedImage> {
  if (data.length === 0) throw new UploadError('noFile');
  if (data.length > maxUploadBytes) throw new UploadError('tooLarge');
  const announced = signatureFormat(data);
  if (!announced) throw new UploadError('unsupportedType');
  // No pixel limit here: the header is all that is read, and the limit below gives the precise error.
  const metadata = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new UploadError('unsupportedType');
    });
  const { width, height } = metadata;
  if (imageFormat(metadata) !== announced || !width || !height) throw new UploadError('unsupportedType');
  if (width * height > maxUploadPixels) throw new UploadError('tooManyPixels');
  if ((metadata.pages ?? 1) > 1) throw new UploadError('animated');
  return { format: announced, width, height };
}

/** Checks an uploaded file, then stores it scaled and stripped, with its responsive copies. */
export async function acceptUpload(data: Buffer): Promise<StoredPhoto> {
  await inspectUpload(data);
  return storePhoto(data);
}
