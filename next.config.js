import { tsImport } from 'tsx/esm/api';

// Node runs this file without a bundler and Node 20 runs no TypeScript: tsx compiles the typed header rules.
const { headerRules } = await tsImport('./lib/security/headers.ts', import.meta.url);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks the whole project, tests and scripts included; the build does
  // not check it all again.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['@node-rs/argon2', 'sharp'],
  // Cached pages live in Redis when REDIS_URL is set, so every app server sees a publish at once; else in this process.
  cacheHandler: `${import.meta.dirname}/lib/cache/next-cache-handler.mjs`,
  // Bounds the handler's in-process copy of cached pages (the whole cache when there is no Redis).
  cacheMaxMemorySize: 50 * 1024 * 1024,
  experimental: {
    // Two audiences, two root layouts (app/(site)/[locale], later app/(admin)): one 404 for addresses outside both.
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
