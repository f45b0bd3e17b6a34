import { RefusedError } from '@/lib/errors';
import { maxUploadBytes, maxUploadPixels, type UploadErrorCode } from './upload-limits';

const statusOf: Record<UploadErrorCode, number> = {
  noFile: 400,
  tooLarge: 413,
  unsupportedType: 415,
  tooManyPixels: 400,
  animated: 400,
  damaged: 400,
};
const amountOf: Partial<Record<UploadErrorCode, number>> = {
  tooLarge: maxUploadBytes / 1024 / 1024,
  tooManyPixels: maxUploadPixels / 1_000_000,
};

/** A photo refused for a reason the uploader can act on: a 4xx and the code's sentence (`media.uploadErrors`). */
export class UploadError extends RefusedError {
  constructor(readonly code: UploadErrorCode) {
    super(`media.uploadErrors.${code}`, statusOf[code], { amount: amountOf[code] });
  }
}
