/**
 * axe-core on every view, in both languages and every theme: no serious or critical violations.
 * axe is injected through the test runner, since the page's CSP rightly refuses inline script.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { open } from "./helpers";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const VIEWS = [
  "?v=2",
  "?v=2&r=CN-CQ",
  "?v=2&view=national",
  "?v=2&view=compare&cr=CN-GZ,CN-TJ&ix=2023",
  "?v=2&view=events&r=CN-GS",
  "?v=2&view=sources",
  "?v=2&embed=1&controls=1",
];

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
  });
}

for (const lang of ["en", "zh"])
  test(`your own data, its dialog and its map: no serious or critical axe violations (${lang})`, async ({ page }) => {
    await open(page, `?v=2&lang=${lang}`);
    await page.getByRole("button", { name: lang === "zh" ? "你的数据" : "Your data", exact: true }).click();
    const dialog = page.getByRole("dialog");
    const csv = "region,period,value\nCN-GZ,2024,1.5\nAtlantis,2024,2\nCN-SC,2024,\n";
    await dialog
      .locator("input[type=file]")
      .setInputFiles({ name: "mine.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(dialog.getByTestId("user-summary")).toBeVisible();
    const inDialog = await seriousViolations(page);
    await dialog.getByRole("button", { name: lang === "zh" ? /地图/ : "Show on map" }).click();
    await expect(page.locator('[data-region="CN-GZ"]')).toHaveAttribute("data-value", "1.5");
    expect([...inDialog, ...(await seriousViolations(page))]).toEqual([]);
  });

for (const lang of ["en", "zh"])
  for (const theme of ["light", "dark", "projector"]) {
    test(`no serious or critical axe violations in ${lang}, ${theme} theme`, async ({ page }) => {
      const found: string[] = [];
      for (const q of VIEWS) {
        await open(page, `${q}&theme=${theme}&lang=${lang}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang === "zh" ? "zh-CN" : "en");
        await expect(
          page.locator('figure[data-chart][data-drawn="true"], main table, svg.china-map').first(),
        ).toBeVisible();
        const violations = await seriousViolations(page);
        found.push(...violations.map((v) => `${q}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
