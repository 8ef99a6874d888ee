/*
 * Runs in <head> before the page is drawn (a classic, external script: the Content-Security-Policy
 * allows no inline script). From the link, exactly as the app will read it:
 * - <html data-theme> (and data-transparent), so a dark link paints dark from the first frame
 *   instead of white until the app's code has arrived (src/app/use-theme.ts then keeps it), and
 *   data-theme-chosen when the link names its theme;
 * - <html data-prepaint>: how much of the map drawn into the built page (scripts/prerender.ts: the
 *   default view, in English) is this link's, so the first paint never shows another view's figures
 *   (styles.css): "none" for another view or an embed (nothing of it shown), "neutral" for another
 *   metric, period, event filter or data release (the shapes in one neutral fill, no words or figures), "words" for
 *   another language (its text hidden), "side" for an open province (the side panel hidden).
 * The values it accepts are the URL table's (src/state/url-params.ts); tests/unit/boot-script.test.ts
 * runs this file against the app's own parser.
 */
(function () {
  var root = document.documentElement;
  var params;
  try {
    params = new URLSearchParams(location.search);
  } catch {
    params = new URLSearchParams("");
  }
  var get = function (name) {
    var value = params.get(name);
    return value === null ? null : value.trim();
  };

  var chosen = get("theme");
  var theme = chosen === "light" || chosen === "dark" || chosen === "projector" ? chosen : null;
  if (!theme) {
    var dark;
    try {
      dark = !!(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
    } catch {
      dark = false;
    }
    theme = dark ? "dark" : "light";
  }
  root.setAttribute("data-theme", theme);
  // The drawn page's theme select says "Auto (light)": it is hidden when that is not this link's.
  if (chosen === theme) root.setAttribute("data-theme-chosen", "");
  if (get("transparent") === "1") root.setAttribute("data-transparent", "true");

  // The reader's language: the link's, else the first of the browser's the atlas speaks.
  var lang = (get("lang") || "").toLowerCase();
  if (lang !== "en" && lang !== "zh") {
    var languages =
      (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]) || [];
    lang = "en";
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i] || "")
        .toLowerCase()
        .split(/[-_]/)[0];
      if (primary === "en" || primary === "zh") {
        lang = primary;
        break;
      }
    }
  }
  var view = get("view");
  var prepaint = [];
  if (get("embed") === "1" || (view !== null && view !== "map" && view !== "region")) prepaint.push("none");
  else {
    var metric = get("m");
    var period = get("y");
    var version = get("v");
    // An event filter, or a data release (whose figures may not be the drawn ones).
    var filtered = ["ek", "from", "to", "q", "ev", "vintage"].some(function (name) {
      return params.has(name);
    });
    if (
      (metric !== null && metric !== "balance") ||
      (period !== null && period !== "2024") ||
      (version !== null && version !== "2") ||
      filtered
    )
      prepaint.push("neutral");
    if (lang !== "en") prepaint.push("words");
    if (params.has("r") || params.has("p") || view === "region") prepaint.push("side");
  }
  if (prepaint.length) root.setAttribute("data-prepaint", prepaint.join(" "));
})();
