/**
 * After one visit the atlas works with no network (scripts/build-sw.ts, app/offline.ts): a copy of
 * the build is served by a server of this file's own, visited once, then the server is stopped and
 * the browser set offline. And a deploy: the next build's worker waits, the page offers it, and
 * taking it loads the new page.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";

test.use({ serviceWorkers: "allow" });

/** Serves `dir` on a free port until stopped; resolves with its address once it answers. */
async function serve(dir: string): Promise<{ server: ChildProcess; base: string }> {
  const server = spawn(process.execPath, ["scripts/serve.mjs", dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const base = await new Promise<string>((resolve, reject) => {
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`server exited (${code})`)));
    let out = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (url) resolve(url[0]);
    });
  });
  return { server, base };
}
const stop = (server: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });

/** A copy of the build to serve (a deploy changes the copy, never dist/). */
function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), "atlas-offline-"));
  cpSync("dist", dir, { recursive: true });
  return dir;
}

/** Waits until the page is drawn and under the worker (which has then precached everything). */
async function visitAndSave(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
  );
}

async function ready(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

test("after one visit, the map, a province link, National and a deck open with no network, saying whose figures they are", async ({
  page,
  context,
}) => {
  const dir = copyOfBuild();
  const { server, base } = await serve(dir);
  try {
    await visitAndSave(page, base);
    await expect(page.locator(".offline-notice")).toHaveCount(0);
    // A province once, online: its prefecture map is saved as it is used.
    await page.goto(`${base}?r=CN-GZ`);
    await ready(page);
    await expect(page.locator("path.prefecture").first()).toBeVisible();
  } finally {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
  await context.setOffline(true);

  await page.reload();
  await ready(page);
  await expect(page.locator("svg.china-map path.province").first()).toBeVisible();
  const notice = page.locator(".offline-notice");
  await expect(notice).toContainText(
    /Offline: figures as of \d+ \w+ \d{4} \(data release \d{4}-\d{2}-\d{2}\), as saved on this device\./,
  );

  const release = /data release (\d{4}-\d{2}-\d{2}[a-z0-9-]*)/.exec((await notice.textContent()) ?? "")![1];
  await page.goto(`${base}?r=CN-GZ`);
  await ready(page);
  await expect(page.locator(".region-panel .headline-value").first()).toHaveText(/bn CNY/);
  await expect(page.locator("path.prefecture").first()).toBeVisible();
  await expect(notice).toBeVisible();

  await page.goto(`${base}?view=national`);
  await ready(page);
  await expect(page.locator('figure[data-chart="national-official"]')).toBeVisible();

  // A presenter's deck: the map, then Guizhou's chart, presented.
  await page.goto(`${base}?v=2&deck=s%3Dmap,s%3Dregion%26r%3DCN-GZ&present=2`);
  await ready(page);
  const slide = page.locator("article.present-slide");
  await expect(slide).toHaveAccessibleName("Slide 2 of 2");
  await expect(slide.locator('figure[data-chart="region-balance"]')).toBeVisible();

  // A link pinned to the release the atlas was saved with.
  await page.goto(`${base}?vintage=${release}&r=CN-GZ`);
  await ready(page);
  await expect(page.locator(".pinned-release")).toContainText(`Data release ${release}`);
  await expect(page.locator(".region-panel .headline-value").first()).toHaveText(/bn CNY/);

  // Back online, the notice goes.
  await context.setOffline(false);
  await expect(notice).toHaveCount(0);
});

test("after a deploy, the page offers the new version, and taking it loads the new page", async ({ page }) => {
  const dir = copyOfBuild();
  const { server, base } = await serve(dir);
  try {
    await visitAndSave(page, base);
    // The deploy: a new page (marked), and its worker written by the build's own step.
    const html = readFileSync(join(dir, "index.html"), "utf8");
    writeFileSync(join(dir, "index.html"), html.replace("<head>", '<head><meta name="atlas-test-build" content="2">'));
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-sw.ts", "--dist", dir], { stdio: "ignore" });
    // The reader comes back: the page they get is the saved one, whole, and the new one is offered.
    await page.reload();
    await ready(page);
    await expect(page.locator('meta[name="atlas-test-build"]')).toHaveCount(0);
    const prompt = page.locator(".update-notice");
    await expect(prompt).toContainText("New version available:");
    await prompt.getByRole("button", { name: "Reload" }).click();
    await expect(page.locator('meta[name="atlas-test-build"]')).toHaveCount(1);
    await ready(page);
    await expect(page.locator(".update-notice")).toHaveCount(0);
  } finally {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
