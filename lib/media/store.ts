/**
 * Where photos' bytes live, behind the smallest interface callers need, so a shared store (object storage, a
 * network volume) can replace the local folder when several app servers run. Keys arrive already validated.
 */
export interface MediaStore {
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
}
