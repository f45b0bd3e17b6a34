// Next.js imports its cacheHandler with Node's own import(), outside its bundler, and Node 20 runs no
// TypeScript: tsx (already what `npm start` runs on) compiles the typed handler, with the project's `@/` paths.
// The proxy's bundle includes this file too: the comments keep the bundler from following tsx or the paths.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { tsImport } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'tsx/esm/api');
const { default: handler } = await tsImport(path.join(/* turbopackIgnore: true */ here, 'handler.ts'), {
  parentURL: import.meta.url,
  tsconfig: path.join(/* turbopackIgnore: true */ here, '..', '..', 'tsconfig.json'),
});

export default handler;
