import type { UploadErrorCode } from './upload-limits';

/** A photo refused for a reason the uploader can act on: the route answers it with a 4xx and the code's sentence. */
export class UploadError extends Error {
  constructor(readonly code: UploadErrorCode) {
    super(`Upload refused: ${code}`);
  }
}
