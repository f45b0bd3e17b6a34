/**
 * The one kind of route handler the contract leaves plain: a public GET that takes no input and changes nothing,
 * answered with something other than JSON (the RSS feeds, the news sitemap, stored photos). defineRoute would have
 * no access, input or body to check there, and its JSON failures are no answer for a feed reader or an <img>; the
 * name is what the contract's scan (tests/unit/contract-scan.test.ts) accepts in place of defineRoute, for GET only.
 */
export function readOnlyRoute<A extends [request?: Request, ...address: unknown[]]>(handler: (...args: A) => Promise<Response>) {
  return handler;
}
