import type { MediaMessages } from '@/lib/i18n/admin/media';

// Apart from upload.ts (which loads sharp) so the browser can check a file's size before sending it.

/** Larger than any camera JPEG a reporter sends; the request body is cut off beyond it, not buffered. */
export const maxUploadBytes = 20 * 1024 * 1024;
/** The photo, its text fields and the multipart framing around them. */
export const maxUploadRequestBytes = maxUploadBytes + 64 * 1024;
/** The one route that takes a body over the app's usual limit (lib/http/front-door.ts). */
export const uploadPath = '/api/admin/photos';
/** A 45-megapixel full-frame camera fits; a file claiming more is refused from its header, before decoding. */
export const maxUploadPixels = 50_000_000;

export type UploadErrorCode = 'noFile' | 'tooLarge' | 'unsupportedType' | 'tooManyPixels' | 'animated' | 'damaged';

export function uploadErrorMessage(code: UploadErrorCode, t: MediaMessages): string {
  const messages = t.uploadErrors;
  if (code === 'tooLarge') return messages.tooLarge(maxUploadBytes / 1024 / 1024);
  if (code === 'tooManyPixels') return messages.tooManyPixels(maxUploadPixels / 1_000_000);
  return messages[code];
}
