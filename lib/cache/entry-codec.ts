import type { CacheEntry } from './types';

// Entries hold Buffers (rscData, route bodies) and a Map of Buffers (segmentData) that JSON would lose.
const bytesMark = '$dateline:bytes';
const mapMark = '$dateline:map';

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key]; // before Buffer's own toJSON turned it into an array of numbers
  if (original instanceof Uint8Array)
    return { [bytesMark]: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') };
  if (original instanceof Map) return { [mapMark]: [...original] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (bytesMark in value) return Buffer.from((value as Record<typeof bytesMark, string>)[bytesMark], 'base64');
  if (mapMark in value) return new Map((value as Record<typeof mapMark, [unknown, unknown][]>)[mapMark]);
  return value;
}

/** A string any instance can store and read back into an equal entry. */
export function encodeEntry(entry: CacheEntry): string {
  return JSON.stringify(entry, replacer);
}

export function decodeEntry(text: string): CacheEntry {
  return JSON.parse(text, reviver) as CacheEntry;
}
