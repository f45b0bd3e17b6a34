import { readBodyAtMost } from '@/lib/security/request-body';
import { UploadError } from './upload-error';
import { maxUploadRequestBytes } from './upload-limits';

/** The multipart upload's fields, and the bytes of its `file` field. */
export async function readUploadForm(request: Request): Promise<{ form: FormData; file: Buffer }> {
  const body = await readBodyAtMost(request, maxUploadRequestBytes);
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
