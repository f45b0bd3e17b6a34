import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaStore } from './store';

// The store lives outside the build: the comments tell the bundler's file tracer not to follow these paths.
export function localMediaStore(root: string): MediaStore {
  const file = (key: string) => path.join(/* turbopackIgnore: true */ root, key);
  return {
    async put(key, data) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), data);
    },
    async get(key) {
      try {
        return await readFile(/* turbopackIgnore: true */ file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
