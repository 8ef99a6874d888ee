/**
 * The page's entry, kept tiny. The built page already carries the map drawn (scripts/prerender.ts),
 * so nothing should stand between it and the screen: when some of it is shown (public/boot.js set
 * <html data-prepaint> to less than "none"), the app's code and data are only asked for once that
 * first frame is painted, instead of being fetched beside the page and run before it paints. A page
 * that shows none of the drawing (another view, an embed) or a tab opened in the background (no
 * frames are painted there) starts at once.
 *
 * The first view's styles are imported here, not with the components that use them, so they are in
 * the page's own stylesheet (linked from its head) and the drawn page is styled in its first frame.
 */
import "./styles.css";
import "../features/national/national.css";
import "../features/events/events.css";
import "../features/user-data/user-data.css";
import { ATLAS_FILE, GEOMETRY_FILE, RELEASES_FILE } from "../data/file-names";
import { linkedRelease } from "../data/release-link";
import { MAP_META_ID } from "../geo/map-seed";
import { DEFAULT_LANG, langFromSearch } from "../i18n/lang";
import { currentSearch } from "../state/address";
import { showCodeLoadFailed } from "./code-load-failed";

function start() {
  // The data downloads start now, beside the app's code; the queries' fetches take them over. The
  // map file only when the page does not carry the map (geo/map-seed.ts).
  // A link pinned to a data release reads its list of releases first, then that release's data.
  const carried = document.getElementById(MAP_META_ID) !== null;
  const data = linkedRelease(currentSearch()) ? RELEASES_FILE : ATLAS_FILE;
  for (const file of carried ? [data] : [GEOMETRY_FILE, data]) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = `${import.meta.env.BASE_URL}generated/${file}`;
    document.head.append(link);
  }
  import("./main").catch(showCodeLoadFailed);
  // A page in Chinese (the one language besides the default) needs the Chinese words' chunk
  // (scripts/language-split-plugin.ts) before it can draw anything: fetched beside the app's code,
  // not after it. main.tsx reports a failure.
  if (langFromSearch(currentSearch()) !== DEFAULT_LANG) import("virtual:atlas-zh-words").catch(() => {});
}

const prepaint = document.documentElement.dataset.prepaint ?? "";
const drawnOnScreen =
  document.getElementById("root")?.hasAttribute("data-prerendered") &&
  !prepaint.split(" ").includes("none") &&
  document.visibilityState === "visible";
// requestAnimationFrame runs just before the next frame is painted; a task queued from it runs after.
if (drawnOnScreen) requestAnimationFrame(() => setTimeout(start, 0));
else start();
