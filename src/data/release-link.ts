/**
 * A link's data release (`vintage`), read as early as the page's entry needs it, and the list of
 * releases once a pinned page has loaded it. Tiny on purpose: the entry and the URL table import it.
 * The parameter's entry in the URL table (state/url-params.ts) takes its name from here.
 */
export const RELEASE_PARAM = "vintage";
/** A release's id as data/releases.csv writes it: its date, with a suffix for a second one that day. */
export const RELEASE_ID = /^\d{4}-\d{2}-\d{2}[a-z0-9-]{0,20}$/;

/** The release a link is pinned to, if its `vintage` is shaped like an id (whether it is one is known once the list is in). */
export function linkedRelease(search: string): string | null {
  let value: string | undefined;
  try {
    value = new URLSearchParams(search).get(RELEASE_PARAM)?.trim();
  } catch {
    return null;
  }
  return value && RELEASE_ID.test(value) ? value : null;
}

let knownIds: ReadonlySet<string> | null = null;
/** Called once the list of releases is in (data/queries.ts). */
export const setKnownReleases = (ids: Iterable<string>) => void (knownIds = new Set(ids));

/**
 * Whether a link's release id names a release: null while the list is not loaded (a page whose link
 * has no `vintage` never loads it; a pinned page loads it before its data).
 */
export const isKnownRelease = (id: string): boolean | null => (knownIds ? knownIds.has(id) : null);
