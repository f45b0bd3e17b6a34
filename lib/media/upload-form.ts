import { UploadError } from './upload';
import { maxUploadBytes } from './upload-limits';

/** The photo, its text fields and the multipart framing around them. */
const maxRequestBytes = maxUploadBytes + 64 * 1024;

/** Stops reading at the limit, so an endless or lying body never fills the memory. */
async function readAtMost(request: Request, limit: number): Promise<Buffer> {
  if (Number(request.headers.get('content-length')) > limit) throw new UploadError('tooLarge');
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader?.cancel();
      throw new UploadError('tooLarge');
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** The multipart upload's fields, and the bytes of its `file` field. */
export async function readUploadForm(request: Request): Promise<{ form: FormData; file: Buffer }> {
  const body = await readAtMost(request, maxRequestBytes);
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } })
    .formData()
    .catch(() => {
      throw new UploadError('noFile');
    });
  const file = form.get('file');
  if (!file || typeof file === 'string' || file.size === 0) throw new UploadError('noFile');
  return { form, file: Buffer.from(await file.arrayBuffer()) };
}
