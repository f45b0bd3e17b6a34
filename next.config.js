/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'sharp'],
  experimental: {
    // Two audiences, two root layouts (app/(site)/[locale], later app/(admin)): one 404 for addresses outside both.
    globalNotFound: true,
    authInterrupts: true,
  },
  async redirects() {
    return [{ source: '/', destination: '/ko', permanent: false }];
  },
};

export default nextConfig;
