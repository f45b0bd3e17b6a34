/**
 * The request's body, or null when it is longer than `maxBytes`. Reading stops at the limit, so an endless
 * body, or one whose Content-Length lies, never fills the memory; route handlers get no limit from Next.js.
 */
export async function readBodyAtMost(request: Request, maxBytes: number): Promise<Buffer | null> {
  if (Number(request.headers.get('content-length')) > maxBytes) return null;
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** The same, as text (UTF-8); null when too long. */
export async function readTextAtMost(request: Request, maxBytes: number): Promise<string | null> {
  return (await readBodyAtMost(request, maxBytes))?.toString('utf8') ?? null;
}

/** What readJsonAtMost gives for a body over the limit. */
export const bodyTooLarge = Symbol('body too large');

/** The body parsed as JSON: `bodyTooLarge` past the limit, undefined when it is not JSON at all. */
export async function readJsonAtMost(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readTextAtMost(request, maxBytes);
  if (text === null) return bodyTooLarge;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
