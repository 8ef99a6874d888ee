/**
 * "Your data" in a real Chromium against the built app: an analyst's CSV is read in a Web Worker
 * (under the page's CSP), its problems are listed, its values go on the map, and none of it reaches
 * the URL. A generated million-row file shows progress and leaves the page responsive; hostile
 * files get a clear message and run nothing.
 */
import { createWriteStream, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { expect, test, type Page, type Worker } from "@playwright/test";
import { open } from "./helpers";

const MAINLAND = [
  "CN-BJ",
  "CN-TJ",
  "CN-HE",
  "CN-SX",
  "CN-NM",
  "CN-LN",
  "CN-JL",
  "CN-HL",
  "CN-SH",
  "CN-JS",
  "CN-ZJ",
  "CN-AH",
  "CN-FJ",
  "CN-JX",
  "CN-SD",
  "CN-HA",
  "CN-HB",
  "CN-HN",
  "CN-GD",
  "CN-GX",
  "CN-HI",
  "CN-CQ",
  "CN-SC",
  "CN-GZ",
  "CN-YN",
  "CN-XZ",
  "CN-SN",
  "CN-GS",
  "CN-QH",
  "CN-NX",
  "CN-XJ",
];

/** Records CSP violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Your data", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Your data" });
  await expect(dialog).toBeVisible();
  return dialog;
}

const csvFile = (name: string, text: string | Buffer) => ({
  name,
  mimeType: "text/csv",
  buffer: typeof text === "string" ? Buffer.from(text, "utf8") : text,
});

test("a small file with bad rows: problems by row and column, the values on the map, nothing in the URL", async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const errors = await open(page, "?v=2&y=2023");
  const searchBefore = await page.evaluate(() => location.search);
  const atlasGz = await page.locator('[data-region="CN-GZ"]').getAttribute("data-value");

  const dialog = await openDialog(page);
  const text = [
    "Region,Period,Value,Source",
    "CN-GZ,2024,1234.5,my notes",
    '四川省,2024,"2,000",',
    "Atlantis,2024,5,",
    "Hebei,2024,,",
    "CN-GZ,2024,99,again",
    "beijing,2024,12%,",
    "Shanxi,2024,-7.25,",
  ].join("\r\n");
  await dialog.getByLabel("CSV file").setInputFiles(csvFile("mine.csv", `\uFEFF${text}\r\n`));
  await expect(dialog.getByTestId("user-summary")).toHaveText("7 rows read, 4 rejected");
  const table = dialog.getByRole("table");
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
  expect(rows.map(([row, column]) => [row, column])).toEqual([
    ["4", "Region"],
    ["5", "Value"],
    ["6", "—"],
    ["7", "Value"],
  ]);
  expect(rows[2][2]).toContain("Duplicate of row 2");
  expect(rows[1][2]).toContain("Missing value");

  await dialog.getByRole("button", { name: "Show on map" }).click();
  await expect(dialog).toBeHidden();
  const title = "Your data: mine.csv (not from the atlas's sources; not in shared links)";
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page.locator('[data-region="CN-GZ"]')).toHaveAttribute("data-value", "1234.5");
  await expect(page.locator('[data-region="CN-SC"]')).toHaveAttribute("data-value", "2000");
  await expect(page.locator('[data-region="CN-SX"]')).toHaveAttribute("data-value", "-7.25");
  // Rejected and absent rows are missing, never filled.
  await expect(page.locator('[data-region="CN-HE"]')).toHaveAttribute("data-value", "");
  await expect(page.locator('[data-region="CN-BJ"]')).toHaveAttribute("data-value", "");
  await expect(page.locator('figure[data-chart="user-data-chart"]')).toHaveAttribute("data-drawn", "true");
  // The atlas's metric and year do not apply to the reader's map, so they are not offered over it.
  await expect(page.getByRole("group", { name: "Metric" })).toHaveCount(0);
  await page.locator('[data-region="CN-GZ"]').hover();
  await expect(page.getByRole("tooltip")).toContainText("my notes");

  // Nothing about the file reaches the URL, and so nothing reaches a shared link.
  expect(await page.evaluate(() => location.search)).toBe(searchBefore);
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.getByLabel("Link to this view").inputValue();
  expect(link).not.toMatch(/mine|1234|user/i);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Back to atlas data" }).click();
  await expect(page.getByText(title)).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Metric" })).toBeVisible();
  await expect(page.locator('[data-region="CN-GZ"]')).toHaveAttribute("data-value", atlasGz!);
  expect(await page.evaluate(() => location.search)).toBe(searchBefore);

  // Shown again, then gone on reload: the data lives only in this page.
  await (await openDialog(page)).getByRole("button", { name: "Show on map" }).click();
  await expect(page.locator('[data-region="CN-GZ"]')).toHaveAttribute("data-value", "1234.5");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator('[data-region="CN-GZ"]')).toHaveAttribute("data-value", atlasGz!);
  await expect(page.getByText(title)).toHaveCount(0);

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * A million rows, ~23 MB: row i is province i mod 31 on day floor(i / 31) from 1 Jan 1940, so every
 * (province, day) pair is new. Every 1,000th row has no value and every 65,536th (from 12,345) names
 * no province; both are counted here as the file is written, and so are the values of the last
 * period (the one the map opens on). `copies` repeats the data rows (the header once), for a file
 * that takes seconds to read.
 *
 * Written to `path` through a write stream, 64 KB at a time, and handed to the page by path, as a
 * person picks a file: the file is never one string in this process, and never crosses the
 * browser protocol as a buffer (23 MB that way took long enough to time out on a cold machine).
 */
async function millionRowFile(path: string, copies = 1) {
  // The map opens on the period with the most provinces (the latest of equally full ones): its
  // accepted rows, iso -> value as written. A period's values are kept once the next period starts.
  let openValues = new Map<string, string>();
  let periodValues = new Map<string, string>();
  const closePeriod = () => {
    if (periodValues.size >= openValues.size) openValues = periodValues;
  };
  let rejected = 0;
  let lastPeriod = "";
  const out = createWriteStream(path);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, "drain");
  };
  await write("region,period,value\n");
  for (let copy = 0; copy < copies; copy++) {
    let chunk = "";
    let period = "";
    for (let i = 0; i < 1_000_000; i++) {
      if (i % 31 === 0)
        period = new Date(Date.UTC(1940, 0, 1) + Math.floor(i / 31) * 86_400_000).toISOString().slice(0, 10);
      const noValue = i % 1000 === 999;
      const noRegion = i % 65_536 === 12_345;
      const region = noRegion ? "Atlantis" : MAINLAND[i % 31];
      const value = noValue ? "" : String((i % 9973) / 10);
      if (copy === 0) {
        if (period !== lastPeriod) {
          closePeriod();
          periodValues = new Map();
        }
        if (noValue || noRegion) rejected++;
        else periodValues.set(region, value);
        lastPeriod = period;
      }
      chunk += `${region},${period},${value}\n`;
      if (chunk.length >= 65_536) {
        await write(chunk);
        chunk = "";
      }
    }
    await write(chunk);
    if (copy === 0) closePeriod();
  }
  out.end();
  await finished(out);
  return { path, bytes: statSync(path).size, rejected, openValues };
}

/** The page's next "Your data" worker (Vite names its file after parse-worker.ts), and its end. */
async function nextParseWorker(page: Page): Promise<{ worker: Worker; closed: Promise<void> }> {
  const worker = await page.waitForEvent("worker", (w) => w.url().includes("parse-worker"));
  return { worker, closed: new Promise((resolve) => worker.once("close", () => resolve())) };
}

test("a million-row file: progress while it is read, a responsive page, and the counts", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const violations = await watchCsp(page);
  const errors = await open(page);
  const file = await millionRowFile(testInfo.outputPath("million.csv"));
  expect(file.bytes).toBeGreaterThan(20_000_000);

  const dialog = await openDialog(page);
  // In the page: the progress values seen, and whether a click arrived while the file was being read.
  await page.evaluate(() => {
    const probe = { values: [] as number[], clickWhileReading: false };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const progressSelector = '[data-testid="user-progress"]';
    // Anonymous callbacks only: the page gets this function's source, without any helper it might call.
    // Every render of the progress (its bar and its "n% · rows" text) is a DOM mutation: each value
    // is recorded as it is drawn, rather than sampled on a timer that could miss a short read.
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>(`${progressSelector} progress`);
      if (bar && probe.values.at(-1) !== bar.value) probe.values.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener(
      "click",
      () => (probe.clickWhileReading ||= document.querySelector(progressSelector) !== null),
      true,
    );
  });

  await dialog.getByLabel("CSV file").setInputFiles(file.path);
  const progress = dialog.getByTestId("user-progress");
  await expect(progress).toBeVisible();
  await expect(progress).toContainText(/\d+% · [\d,]+ rows so far/);
  // The page answers a click while the worker reads.
  const details = dialog.locator("details.user-format");
  await details.locator("summary").click();
  await expect(details).toHaveAttribute("open", "");

  await expect(dialog.getByTestId("user-summary")).toHaveText(
    `1,000,000 rows read, ${file.rejected.toLocaleString("en-US")} rejected`,
    { timeout: 120_000 },
  );
  const probe = await page.evaluate(
    () => (window as unknown as { __probe: { values: number[]; clickWhileReading: boolean } }).__probe,
  );
  expect(probe.clickWhileReading).toBe(true);
  expect(probe.values.some((v) => v > 0 && v < 100)).toBe(true);
  // How long the main thread is ever blocked is measured by bench/user-csv.ts, not asserted here.

  await dialog.getByRole("button", { name: "Show on map" }).click();
  // The map opens on the fullest period (the last one holds two rows); each province shows the
  // value its row gave, or nothing.
  expect(file.openValues.size).toBeGreaterThan(29);
  for (const iso of MAINLAND) {
    await expect(page.locator(`[data-region="${iso}"]`)).toHaveAttribute("data-value", file.openValues.get(iso) ?? "");
  }
  expect(await page.evaluate(() => location.search)).toBe("");
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
  rmSync(file.path, { force: true });
});

test("Cancel stops a long read", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await open(page);
  // ~70 MB (the million rows three times over), picked from disk by path as a person would, so the
  // read takes seconds and there is time to cancel it.
  const { path } = await millionRowFile(testInfo.outputPath("three-million.csv"), 3);
  try {
    const dialog = await openDialog(page);
    const reader = nextParseWorker(page);
    await dialog.getByLabel("CSV file").setInputFiles(path);
    const { closed } = await reader;
    await expect(dialog.getByTestId("user-progress")).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog.getByText("Reading cancelled.")).toBeVisible();
    await expect(dialog.getByTestId("user-progress")).toHaveCount(0);
    // Nothing arrives later from the abandoned read: Cancel terminates the worker reading the
    // file, so once Chromium reports that worker gone nothing more can come from it (and the
    // store drops answers from a read it abandoned). A fixed 8 s wait, "longer than a whole
    // read", stood here.
    await closed;
    await expect(dialog.getByTestId("user-summary")).toHaveCount(0);
    await expect(dialog.getByRole("button", { name: "Show on map" })).toHaveCount(0);
  } finally {
    rmSync(path, { force: true });
  }
});

test("hostile files: a clear message, and nothing in them ever runs", async ({ page }) => {
  const violations = await watchCsp(page);
  const errors = await open(page);
  const dialog = await openDialog(page);
  const input = dialog.getByLabel("CSV file");
  const status = dialog.getByRole("status");
  const showOnMap = dialog.getByRole("button", { name: "Show on map" });

  // Binary bytes (a PNG header and noise, including NUL and bytes that are not UTF-8).
  const binary = Buffer.from(
    Array.from({ length: 4096 }, (_, k) =>
      k < 8 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][k] : (k * 193 + 7) % 256,
    ),
  );
  await input.setInputFiles(csvFile("picture.csv", binary));
  await expect(status).toContainText("picture.csv could not be used.");
  await expect(status).toContainText(/not UTF-8 text|not a text file/);
  await expect(showOnMap).toBeDisabled();

  await input.setInputFiles(csvFile("empty.csv", ""));
  await expect(status).toHaveText("empty.csv could not be used. The file is empty.");
  await expect(showOnMap).toBeDisabled();

  await input.setInputFiles(csvFile("header.csv", "region,period,value\r\n"));
  await expect(status).toContainText("0 rows read, 0 rejected");
  await expect(status).toContainText("The file has a header but no data rows.");
  await expect(showOnMap).toBeDisabled();

  const img = '<img src=x onerror="window.__pwned=1">';
  const script = "<script>window.__pwned=2</script>";
  const formula = "=cmd|' /C calc'!A0";
  const hostile = [
    "region,period,value,source",
    `"${img.replace(/"/g, '""')}",2024,1,x`,
    `CN-GZ,2024,2,"${img.replace(/"/g, '""')}"`,
    `CN-SC,2024,3,${script}`,
    `CN-YN,2024,4,${formula}`,
    `CN-XZ,${script},5,x`,
  ].join("\n");
  // Any <img> made from the file's text would request its src ("x") the moment it was created.
  const imageRequests: string[] = [];
  page.on("request", (r) => new URL(r.url()).pathname.endsWith("/x") && imageRequests.push(r.url()));
  await input.setInputFiles(csvFile("hostile.csv", hostile));
  await expect(dialog.getByTestId("user-summary")).toHaveText("5 rows read, 2 rejected");
  // The offending cells are shown as text, not markup.
  await expect(dialog.getByRole("table")).toContainText(img);
  await expect(dialog.getByRole("table")).toContainText(script);
  await showOnMap.click();
  await page.locator('[data-region="CN-GZ"]').hover();
  await expect(page.getByRole("tooltip")).toContainText(img);
  const table = page.locator('figure[data-chart="user-data-chart"] table');
  await expect(table).toContainText(script);
  await expect(table).toContainText(formula);
  // No onerror can still be on its way: it would need an <img> that requested "x", and there is
  // neither (this replaces a 300 ms wait for one to fire).
  expect(imageRequests).toEqual([]);
  expect(await page.locator("main img, dialog img, [role=tooltip] img").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
