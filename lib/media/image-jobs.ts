import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { capacityQueue } from './capacity-queue';
import type { PhotoFormat } from './scaled-original';

// Every photo is processed once, so libvips' cache of recent operations would only hold memory; one thread per
// job, with one job per core, keeps every core busy without multiplying the buffers each thread holds.
sharp.cache(false);
sharp.concurrency(1);

const photos = capacityQueue(availableParallelism());

/** Storing a photo: one per core, the others wait their turn. */
export function queuePhotoJob<T>(job: () => Promise<T>): Promise<T> {
  return photos(1, job);
}

/**
 * AV1 as the WebP copies and camera JPEGs already are, with colour at half resolution, and at one of libaom's
 * fast presets: at sharp's defaults (full-resolution colour, effort 4) a 2,560 × 1,920 copy took 18 s of one core
 * and 166 MB; like this, half a second and 103 MB.
 */
export const avifOptions = { effort: 1, chromaSubsampling: '4:2:0' } as const;

/** Memory an encoding holds per pixel of its output, decoding line by line included, measured with sharp 0.34.5. */
const encodingBytesPerPixel: Record<PhotoFormat, number> = { avif: 24, webp: 12, jpeg: 12, png: 8 };

export function encodingBytes(format: PhotoFormat, pixels: number): number {
  return pixels * encodingBytesPerPixel[format];
}

/** A 2,560 px AV1 encoding runs about alone; smaller work on several photos shares the room. */
const imageMemory = capacityQueue(160 * 1024 * 1024);

/** Runs decoding and encoding once the memory they will hold is free, so the big steps of photos stored together take turns. */
export function queueImageWork<T>(bytes: number, work: () => Promise<T>): Promise<T> {
  return imageMemory(bytes, work);
}
