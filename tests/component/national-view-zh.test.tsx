// @vitest-environment jsdom
/**
 * The national view for a Chinese reader, on the real data: Chinese headings, captions and table
 * headers, amounts in 亿/万亿 (never an estimate added to the official figure), dates as 年月日,
 * and the sources' names and quotes as written.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import { LangProvider } from "../../src/i18n/context";
import { NationalView } from "../../src/features/national/NationalView";
import { realIndex } from "../support/real-data";
import { withQuery } from "../support/with-query";

const index = realIndex();
afterEach(cleanup);

/** An English word in text that should be all Chinese ("GDP" is the glossary's own term). */
const englishWord = /\b(?!GDP\b)[A-Za-z]{3,}\b/;

async function renderFullPage() {
  const result = render(
    withQuery(
      <LangProvider lang="zh">
        <NationalView index={index} periodId="2024" layout="page" />
      </LangProvider>,
    ),
  );
  await waitFor(
    () => {
      expect(result.container.querySelector(".estimates-panel")).not.toBeNull();
      expect(result.container.querySelector('[data-chart="national-issuance"]')).not.toBeNull();
    },
    { timeout: 10_000 },
  );
  return result;
}

describe("NationalView in Chinese, full page", () => {
  it("names the view, its headings, captions and table headers in Chinese", async () => {
    const { container } = await renderFullPage();
    expect(screen.getByRole("region", { name: "全国视图" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("中国：地方政府债务");
    const places = container.querySelectorAll(
      "h2, h3, h4, figcaption, thead th, summary, .chart-note, .estimates-lead, .estimate-legend, dt",
    );
    // The data files keep their names on disk (national.csv).
    const words = [...places].map((el) => (el.textContent ?? "").replace(/\b\w+\.csv\b/g, ""));
    expect(words.length).toBeGreaterThan(20);
    for (const text of words) expect(text).not.toMatch(englishWord);
  });

  it("gives the headline balance in 万亿元 and the key regions' share with its basis", async () => {
    const { container } = await renderFullPage();
    const headlines = container.querySelector(".headlines")!;
    expect(headlines.querySelector("dt")!.textContent).toContain("2024年末");
    expect(headlines.querySelector(".headline-value")!.textContent).toBe("47.54万亿元"); // 47,540 bn = 475,400亿
    expect(headlines.textContent).toMatch(/\d+个省份/);
  });

  it("puts each estimate beside the official balance in 万亿元, never added to it", async () => {
    const { container } = await renderFullPage();
    const panel = container.querySelector<HTMLElement>(".estimates-panel")!;
    expect(within(panel).getByText("估算，非官方统计")).toBeTruthy();
    const caption = panel.querySelector("figcaption")!.textContent!;
    for (const who of ["财政部", "高盛", "国际货币基金组织"]) expect(caption).toContain(who);
    expect(caption).toContain("2024年末");
    const mof = panel.querySelector<HTMLElement>('[data-series="hidden_debt_official"]')!;
    expect(mof.textContent).toContain("10.50万亿元");
    expect(mof.textContent).toContain("47.54万亿元");
    expect(mof.textContent).not.toContain("58.04"); // 47.54 + 10.50 万亿 must never appear
    // A percent of GDP stays the percentage the source gave, not multiplied as if it were an amount.
    const pct = panel.querySelector(".estimate-pct")!.textContent!;
    const pctRows = index.data.national.filter((f) => f.unit === "pct_gdp");
    expect(pctRows.length).toBeGreaterThan(0);
    for (const f of pctRows) expect(pct).toContain(`占GDP的${f.value}%`);
    // The figures themselves (not the data's notes, which may say "而非十亿元") are never given in 亿.
    const figures = panel.querySelector(".estimate-pct")!.cloneNode(true) as Element;
    figures.querySelectorAll(".muted").forEach((note) => note.remove());
    expect(figures.textContent).not.toMatch(/亿/);
  });

  it("lists the policy timeline with Chinese labels and dates, and the sources as written", async () => {
    const { container } = await renderFullPage();
    const list = screen.getByRole("list", { name: "政策时间线" });
    expect(within(list).getAllByRole("listitem").length).toBeGreaterThan(3);
    const nm = container.querySelector<HTMLElement>('[data-marker-item="exit-150000"]')!;
    expect(nm.querySelector("time")!.textContent).toMatch(/^2025年8月（.+）$/);
    expect(nm.textContent).toContain("内蒙古退出");
    expect(within(nm).getByRole("link", { name: /Yicai Global/ })).toBeTruthy();
    expect(nm.querySelector(".timeline-item-source")!.textContent).toMatch(/^来源：Yicai Global/);
  });

  it("says monthly issuance in 亿元 with a Chinese date", async () => {
    const { container } = await renderFullPage();
    expect(container.querySelector(".issuance-subannual")!.textContent).toContain("2024年7月，新增债券：3200亿元");
    expect(container.querySelector(".other-figures summary")!.textContent).toMatch(/（\d+）$/);
  });

  it("gives the main chart's table amounts in 亿元, with the unit in the header", async () => {
    const { container } = await renderFullPage();
    const table = container.querySelector('[data-chart="national-balance"] table')!;
    expect(table.querySelector("thead")!.textContent).toContain("亿元");
    const row2024 = [...table.querySelectorAll("tbody tr")].find(
      (tr) => tr.querySelector("th")!.textContent === "2024",
    )!;
    expect(row2024.querySelectorAll("td")[0].textContent).toBe("475,400");
  });
});

describe("NationalView in Chinese, side panel", () => {
  it("shows the same headline in Chinese with only the main chart", () => {
    const { container } = render(
      withQuery(
        <LangProvider lang="zh">
          <NationalView index={index} periodId="2025-06" layout="side" />
        </LangProvider>,
      ),
    );
    expect(container.querySelector("dt")!.textContent).toContain("2025年6月末");
    expect(container.querySelector(".chart-note")!.textContent).not.toMatch(englishWord);
    expect([...container.querySelectorAll("figure[data-chart]")].map((f) => f.getAttribute("data-chart"))).toEqual([
      "national-balance",
    ]);
  });
});
