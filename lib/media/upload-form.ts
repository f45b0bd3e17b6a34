import { readBodyAtMost } from '@/lib/security/request-body';
import { UploadError } from './upload-error';
import { maxUploadBytes } from './upload-limits';

/** The photo, its text fields and the multipart framing around them. */
const maxRequestBytes = maxUploadBytes + 64 * 1024;

/** The multipart upload's fields, and the bytes of its `file` field. */
export async function readUploadForm(request: Request): Promise<{ form: FormData; file: Buffer }> {
  const body = await readBodyAtMost(request, maxRequestBytes);
  if (!body) throw new UploadError('tooLarge');
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } })
    .formData()
    .catch(() => {
      throw new UploadError('noFile');
    });
  const file = form.get('file');
  if (!file || typeof file === 'string' || file.size === 0) throw new UploadError('noFile');
  return { form, file: Buffer.from(await file.arrayBuffer()) };
}
