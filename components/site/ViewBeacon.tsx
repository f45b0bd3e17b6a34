/**
 * How an article's view is counted without making its cached page dynamic: the page, served as it is to everyone,
 * asks for this blank pixel, and the request for it is what counts (pages/api/articles/[slug]/view.ts,
 * lib/views/). Not the page request itself: nginx answers most of those from its one-second cache
 * (deploy/nginx.conf) and the app would never see them, while /api/ is never cached. An image, not a script:
 * reader pages run none, and crawlers that read the HTML do not load it. Cost: one request per view, 42 bytes of body.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  return <img src={`/api/articles/${slug}/view`} alt="" width={1} height={1} hidden data-view-beacon />;
}
