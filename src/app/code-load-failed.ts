/**
 * The note a page shows when the app's code cannot be fetched (src/app/entry.ts: the app's chunk;
 * src/app/main.tsx and the language switch in HeaderActions.tsx: the Chinese words' chunk). Without that code the app cannot say it in the
 * reader's language, so both are given; the drawn page stays as it is under it.
 */
export function showCodeLoadFailed() {
  if (document.querySelector(".code-load-failed")) return;
  const note = document.createElement("p");
  note.className = "code-load-failed";
  note.setAttribute("role", "alert");
  note.textContent =
    "The atlas could not load its code: check the connection and reload the page. " +
    "地图程序未能加载：请检查网络连接后刷新页面。";
  document.body.prepend(note);
}
