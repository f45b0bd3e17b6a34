import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptUpload, inspectUpload, UploadError } from '@/lib/media/upload';
import { readUploadForm } from '@/lib/media/upload-form';
import { maxUploadBytes } from '@/lib/media/upload-limits';

const photo = (width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } });

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof UploadError)) throw new Error(`Expected an UploadError, got ${String(error)}`);
  return error.code;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/** A valid PNG header announcing 100 000 × 100 000 pixels (40 GB decoded) over a few bytes of data. */
function decompressionBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('checking an upload by its content', () => {
  it.each([
    ['PNG', 'png', () => photo().png().toBuffer()],
    ['JPEG', 'jpeg', () => photo().jpeg().toBuffer()],
    ['WebP', 'webp', () => photo().webp().toBuffer()],
    ['AVIF', 'avif', () => photo().avif().toBuffer()],
  ])('accepts a real %s', async (_name, format, make) => {
    expect(await inspectUpload(await make())).toEqual({ format, width: 64, height: 48 });
  });

  it('refuses an SVG, which would reach an XML parser', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48"><rect width="64" height="48"/></svg>');
    expect(await refusal(inspectUpload(svg))).toBe('unsupportedType');
  });

  it('refuses a text file named photo.jpg and sent as image/jpeg', async () => {
    const form = new FormData();
    form.append('file', new File(['Not a photo, just text.\n'.repeat(4)], 'photo.jpg', { type: 'image/jpeg' }));
    const { file } = await readUploadForm(new Request('http://localhost/api/admin/photos', { method: 'POST', body: form }));
    expect(await refusal(inspectUpload(file))).toBe('unsupportedType');
  });

  it('refuses formats outside the four, even real images', async () => {
    expect(await refusal(inspectUpload(await photo().gif().toBuffer()))).toBe('unsupportedType');
    expect(await refusal(inspectUpload(await photo().tiff().toBuffer()))).toBe('unsupportedType');
  });

  it('refuses a decompression bomb from its header, before decoding it', async () => {
    expect(await refusal(inspectUpload(decompressionBomb()))).toBe('tooManyPixels');
  });

  it('refuses a file over the size limit without looking inside', async () => {
    expect(await refusal(inspectUpload(Buffer.alloc(maxUploadBytes + 1)))).toBe('tooLarge');
  });

  it('refuses a request body over the limit while reading it', async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(maxUploadBytes + 100_000)], 'big.jpg'));
    const request = new Request('http://localhost/api/admin/photos', { method: 'POST', body: form });
    expect(await refusal(readUploadForm(request))).toBe('tooLarge');
  });

  it('refuses an empty form', async () => {
    const request = new Request('http://localhost/api/admin/photos', { method: 'POST', body: new FormData() });
    expect(await refusal(readUploadForm(request))).toBe('noFile');
  });

  it('refuses an animated WebP', async () => {
    const frames = Buffer.alloc(20 * 80 * 3);
    frames.forEach((_, i) => (frames[i] = Math.floor(i / (20 * 20 * 3)) * 60));
    const animated = await sharp(frames, { raw: { width: 20, height: 80, channels: 3, pageHeight: 20 } })
      .webp({ loop: 0, delay: [100, 100, 100, 100] })
      .toBuffer();
    expect(await refusal(inspectUpload(animated))).toBe('animated');
  });
});

describe('storing an accepted upload', () => {
  let mediaDir: string;
  beforeAll(async () => {
    mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-upload-'));
    process.env.MEDIA_DIR = mediaDir;
  });
  afterAll(() => rm(mediaDir, { recursive: true, force: true }));

  it('turns the pixels upright and keeps no camera metadata', async () => {
    const fromCamera = await photo(64, 48)
      .jpeg()
      .withExif({ IFD0: { Artist: 'Reporter', Copyright: 'Source' }, IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(fromCamera).metadata()).exif).toBeDefined();

    const stored = await acceptUpload(fromCamera);
    expect(stored).toMatchObject({ mimeType: 'image/jpeg', width: 48, height: 64, variantWidths: [48] });
    const original = await readFile(path.join(mediaDir, stored.storageKey));
    const metadata = await sharp(original).metadata();
    expect(metadata).toMatchObject({ width: 48, height: 64 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it('stores an AVIF under an .avif key', async () => {
    const stored = await acceptUpload(await photo().avif().toBuffer());
    expect(stored.storageKey).toMatch(/^photos\/[0-9a-f]{20}\.avif$/);
    expect(stored.mimeType).toBe('image/avif');
  });

  it('refuses a JPEG cut off in the middle of its pixels', async () => {
    const whole = await photo(800, 600).jpeg().toBuffer();
    expect(await refusal(acceptUpload(whole.subarray(0, whole.length / 2)))).toBe('damaged');
  });
});
