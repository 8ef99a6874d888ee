/**
 * The page's address, read in one place (ARCHITECTURE: only state/ touches `location`). The rest
 * of the app asks these small questions instead: what the query string is before the view is
 * parsed, where the atlas is served (to build links), and to load the page again.
 */

/** The live query string ("" or "?..."); the view itself comes from useViewState. */
export function currentSearch(): string {
  return window.location.search;
}

/** The path the atlas is served at: a link to another view on this host is this plus its query. */
export function atlasPath(): string {
  return window.location.pathname;
}

/**
 * The page URL without its query or hash: where the atlas lives, on whatever host or sub-path.
 * Links to share and embed start here. Pass a location to compute it for another address.
 */
export function atlasBase(location: { origin: string; pathname: string } = window.location): string {
  return `${location.origin}${location.pathname}`;
}

/** What relative references in the document resolve against (a `<base>` wins over the address). */
export function documentUrl(): string {
  return document.baseURI || window.location.href;
}

/** Loads the page again, as it is (a view that failed gets a fresh start). */
export function reloadPage(): void {
  window.location.reload();
}
