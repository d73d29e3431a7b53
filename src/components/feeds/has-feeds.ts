/**
 * Whether this site publishes feeds: a site build with a site URL names the site's feeds in every
 * page it writes (index.html, 404.html, share pages). Read once, before the app adds its own.
 */
let feeds: boolean | undefined
export const hasFeeds = () =>
  (feeds ??=
    typeof document !== 'undefined' &&
    document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]') !== null)
