import { resultOf, type Result } from '@/lib/actions/result';

/** What the upload route answers with once the photo is stored. */
export type UploadedPhoto = { id: string; src: string; width: number; height: number };

/** XMLHttpRequest rather than fetch: only it reports how much of the body has been sent. No answer reads as `unavailable`. */
export function uploadPhoto(file: File, onProgress: (sentFraction: number) => void, unavailable: string): Promise<Result<UploadedPhoto>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/admin/photos');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve(resultOf<UploadedPhoto>(request.status < 300, request.response, unavailable));
    request.onerror = () => resolve(resultOf<UploadedPhoto>(false, null, unavailable));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
