import path from 'node:path';
import { z } from 'zod';
import { localMediaStore } from './local-store';
import type { MediaStore } from './store';

/** Keys are relative paths made of safe characters only; `..` can never climb out of the store. */
export const mediaKeySchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*\.(?:jpg|png|webp|avif)$/, 'Not a media key');

const contentTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

// The store lives outside the build: tell the bundler's file tracer not to follow these paths.
export function mediaRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.MEDIA_DIR ?? 'var/media');
}

/** The one place the store is chosen: the local folder (MEDIA_DIR), read anew so tests can point it elsewhere. */
function mediaStore(): MediaStore {
  return localMediaStore(mediaRoot());
}

export function mediaContentType(key: string): string {
  return contentTypes[path.extname(key).slice(1)] ?? 'application/octet-stream';
}

export async function writeMedia(key: string, data: Buffer): Promise<void> {
  await mediaStore().put(mediaKeySchema.parse(key), data);
}

/** The stored bytes, or null when there is no such file. */
export async function readMedia(key: string): Promise<Buffer | null> {
  return mediaStore().get(mediaKeySchema.parse(key));
}
