/** What the upload route answers with once the photo is stored. */
export type UploadedPhoto = { id: string; src: string; width: number; height: number };

/** Carries the route's message, already in the staff member's language; null when no answer came. */
export class UploadFailure extends Error {
  constructor(readonly serverMessage: string | null) {
    super(serverMessage ?? 'No answer from the server');
  }
}

/** XMLHttpRequest rather than fetch: only it reports how much of the body has been sent. */
export function uploadPhoto(file: File, onProgress: (sentFraction: number) => void): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/admin/photos');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as Partial<UploadedPhoto & { error: string }> | null;
      if (request.status < 300 && body?.id) resolve(body as UploadedPhoto);
      else reject(new UploadFailure(typeof body?.error === 'string' ? body.error : null));
    };
    request.onerror = () => reject(new UploadFailure(null));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
