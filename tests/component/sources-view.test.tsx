// @vitest-environment jsdom
/**
 * The Sources & method page in both languages, on the real data: the page's own words and the
 * metric formulas in the reader's language; source labels and reliability notes in the reader's
 * language where the data has them (source_labels.csv label_zh, note_zh), else in English;
 * citations and licences exactly as the data gives them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { LangProvider } from "../../src/i18n/context";
import { metricInfo } from "../../src/i18n/domain";
import type { Lang } from "../../src/i18n/lang";
import { METRIC_IDS } from "../../src/data/metrics";
import { SourcesView } from "../../src/features/sources/SourcesView";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { realIndex } from "../support/real-data";
import { withQuery } from "../support/with-query";

const index = realIndex();
afterEach(cleanup);

const englishWord = /\b(?!GDP\b)[A-Za-z]{3,}\b/;

function renderIn(lang: Lang) {
  return render(
    withQuery(
      <LangProvider lang={lang}>
        <SourcesView index={index} view={{ ...DEFAULT_VIEW, view: "sources" }} setView={() => {}} />
      </LangProvider>,
    ),
  );
}

describe("Sources & method", () => {
  it("in English, names each metric with its formula", () => {
    renderIn("en");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Sources & method");
    for (const id of METRIC_IDS)
      expect(screen.getByRole("rowheader", { name: `${metricInfo(id).label} (${metricInfo(id).unit})` })).toBeTruthy();
    expect(document.body.textContent).toContain(metricInfo("debt_gdp").formula);
  });

  it("says whose the LGFV estimate is, the years it covers and its caveats, in both languages", () => {
    const { container } = renderIn("en");
    const row = screen
      .getByRole("rowheader", { name: "LGFV interest-bearing debt (Huatai FI estimate) (bn CNY)" })
      .closest("tr")!;
    expect(row.textContent).toContain("Huatai FI's estimate covers year-ends 2019–2024.");
    expect(row.textContent).toContain("never added to the debt balance");
    const caveat = [...container.querySelectorAll(".caveat-list li")].find((li) =>
      li.textContent!.startsWith("LGFV debt (Huatai FI estimate)."),
    )!;
    expect(caveat.textContent).toContain("list changes over time");
    expect(caveat.textContent).toContain("separately listed cities");
    expect(caveat.textContent).toContain("is not stated");
    cleanup();
    const zh = renderIn("zh").container;
    const zhCaveat = [...zh.querySelectorAll(".caveat-list li")].find((li) =>
      li.textContent!.startsWith("城投债务（华泰固收估算）。"),
    )!;
    expect(zhCaveat.textContent).toContain("名单随时间变化");
    expect(zhCaveat.textContent).toContain("计划单列市");
    const zhRow = screen.getByRole("rowheader", { name: "城投带息债务/GDP（华泰固收估算）（%）" }).closest("tr")!;
    expect(zhRow.textContent).toContain("华泰固收的估算仅覆盖2019–2024年末。");
  });

  it("in Chinese, gives the page's headings, the formulas and the date in Chinese", () => {
    const { container } = renderIn("zh");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("来源与方法");
    const headings = [...container.querySelectorAll("h2, h3, thead th, .caveat-list strong")].map(
      (h) => h.textContent ?? "",
    );
    for (const h of headings) expect(h).not.toMatch(englishWord);
    for (const id of METRIC_IDS) {
      const row = screen
        .getByRole("rowheader", { name: `${metricInfo(id, "zh").label}（${metricInfo(id, "zh").unit}）` })
        .closest("tr")!;
      expect(row.textContent).toContain(metricInfo(id, "zh").formula);
    }
    expect(container.querySelector(".lead")!.textContent).toMatch(/数据截至\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it("in Chinese, names every source and its reliability in Chinese where the data has them; licences as written", () => {
    const { container } = renderIn("zh");
    const official = container.querySelector<HTMLElement>('[aria-labelledby="sources-official"] .source-cards')!;
    const estimates = container.querySelector<HTMLElement>('[aria-labelledby="sources-estimates"] .source-cards')!;
    // Huatai FI's LGFV estimate has a card of its own, apart from the official and statistical sources.
    const estimateLabels = new Set(index.data.lgfv.map((f) => index.data.sources[f.source].label));
    expect([...estimateLabels]).toEqual(["Huatai FI estimate, compiled in xyqiao98-wq/Government-debt"]);
    const seen = new Set<string>();
    for (const s of index.data.sources) {
      if (seen.has(s.label)) continue;
      seen.add(s.label);
      const where = estimateLabels.has(s.label) ? estimates : official;
      const [name, tag] = s.labelZh ? [s.labelZh, "zh-CN"] : [s.label, "en"];
      expect(within(where).getByRole("heading", { level: 4, name }).getAttribute("lang"), name).toBe(tag);
    }
    expect(
      within(estimates).getByRole("heading", { level: 4, name: "华泰固收估算，经xyqiao98-wq/Government-debt整理" }),
    ).toBeTruthy();
    expect(within(official).queryByRole("heading", { level: 4, name: /华泰固收估算/ })).toBeNull();
    const text = official.textContent! + estimates.textContent!;
    for (const s of index.data.sources) {
      if (s.note) expect(text).toContain(`可靠性：${s.noteZh || s.note}。`);
      if (s.licence) expect(text).toContain(s.licence);
    }
    // The platform's annual table, in its Chinese name, and its reliability in Chinese, marked as Chinese.
    const platform = within(official).getByRole("heading", {
      level: 4,
      name: "财政部中国地方政府债券信息公开平台（celma），年度表",
    });
    expect(platform.getAttribute("lang")).toBe("zh-CN");
    const reliability = within(platform.closest("li")!).getByText("官方数据；其中GDP和收入数据取自地方统计年鉴和决算");
    expect(reliability.getAttribute("lang")).toBe("zh-CN");
    // The denominators' sources in Chinese too.
    const gdpRow = screen.getByRole("rowheader", { name: `${metricInfo("debt_gdp", "zh").label}（%）` }).closest("tr")!;
    expect(gdpRow.textContent).toContain("国家统计局数据库：");
    // What each source supplied is worded in Chinese.
    expect(text).toContain("债务余额和债务限额：");
    expect(estimates.textContent).toContain("城投带息债务（华泰固收估算）：lgfv.csv中186行，2019–2024");
  });

  it("in Chinese, lists the reported sources with their names as written and dates as 年月日", () => {
    const { container } = renderIn("zh");
    const table = screen.getByRole("table", { name: /\d+个来源/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(10);
    const names = rows.map((r) => within(r).getByRole("rowheader").textContent);
    expect(names).toContain(index.data.national[0].sourceName);
    expect(rows.some((r) => /\d{4}年\d{1,2}月/.test(r.textContent ?? ""))).toBe(true);
    expect(container.querySelector(".sources-view")!.textContent).not.toMatch(/\b\d+ rows in\b/);
  });
});
