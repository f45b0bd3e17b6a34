import { baselinePolicy, readerPolicy } from './csp';

type Header = { key: string; value: string };

/** Browser features the site never uses, turned off for it and anything it might embed. */
const unusedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const securityHeaders: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For browsers without CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: unusedFeatures.map((feature) => `${feature}=()`).join(', ') },
  { key: 'Content-Security-Policy', value: baselinePolicy },
];

/** A year of HTTPS only; other hosts under the site's domain are left to decide for themselves. */
export const strictTransportSecurity: Header = { key: 'Strict-Transport-Security', value: 'max-age=31536000' };

/** The reader pages' island bundles are named by their content (scripts/build-islands.ts): kept for a year. */
const islandCaching = { source: '/islands/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] };

/**
 * The rules for next.config.js `headers()`. Next.js evaluates them when it builds, not when it starts, so
 * whether the site is served over HTTPS is read from each request: the TLS-terminating proxy in front says so
 * in `X-Forwarded-Proto` (browsers ignore HSTS over plain HTTP anyway).
 */
export function headerRules() {
  return [
    { source: '/:path*', headers: securityHeaders },
    { source: '/:path*', has: [{ type: 'header' as const, key: 'x-forwarded-proto', value: 'https' }], headers: [strictTransportSecurity] },
    { source: '/:locale(ko|en)/:path*', headers: [{ key: 'Content-Security-Policy', value: readerPolicy }] },
    islandCaching,
  ];
}
