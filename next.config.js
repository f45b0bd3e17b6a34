// Plain JavaScript built from lib/ by scripts/build-server-modules.ts (`npm run build` and `npm run dev` run it first).
import { headerRules } from './build/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks the whole project, tests and scripts included; the build does
  // not check it all again.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['@node-rs/argon2', 'sharp'],
  // Cached pages live in Redis when REDIS_URL is set, so every app server sees a publish at once; else in this process.
  cacheHandler: `${import.meta.dirname}/build/cache-handler.mjs`,
  // Bounds the handler's in-process copy of cached pages (the whole cache when there is no Redis).
  cacheMaxMemorySize: 50 * 1024 * 1024,
  experimental: {
    // The newsroom has its own root layout (app/(admin)), the readers' pages are in pages/: one 404 for the rest.
    globalNotFound: true,
    authInterrupts: true,
  },
  async headers() {
    return headerRules();
  },
  async redirects() {
    return [{ source: '/', destination: '/ko', permanent: false }];
  },
};

export default nextConfig;
