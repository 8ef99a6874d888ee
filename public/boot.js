/*
 * Runs in <head> before the page is drawn (a classic, external script: the Content-Security-Policy
 * allows no inline script). It sets <html data-theme> (and data-transparent for a transparent
 * embed) from the link exactly as the app will, so a dark link paints dark from the first frame
 * instead of white until the app's code has arrived. The app (src/app/use-theme.ts) then keeps it.
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
  if (get("transparent") === "1") root.setAttribute("data-transparent", "true");
})();
