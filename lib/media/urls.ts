/** Public address of a stored media file; served by app/media/[...key]/route.ts. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
}
