/** The site's icon: a D in the masthead's red. */
const iconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b4232c"/><path d="M9 7h7a9 9 0 0 1 0 18H9z" fill="none" stroke="#fff" stroke-width="3.5"/></svg>';

/** In the page itself: a reader's browser asks the server nothing for it. */
export const siteIconHref = `data:image/svg+xml,${encodeURIComponent(iconSvg)}`;
