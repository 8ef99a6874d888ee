// @vitest-environment jsdom
/**
 * The province panel for a Chinese reader, on the real data: both names in the heading (Chinese
 * first), figures in 亿元/万亿元, ranks 第N位（共31个）, periods 年末, the key-region history and
 * missing values in Chinese, the balance chart's legend, axis and table in 亿元, the prefecture map
 * with Chinese place names, and the embed footer. Data text (documents, titles, source names) stays
 * as written and is marked with its own language.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RegionPanel } from "../../src/features/region/RegionPanel";
import { RegionBalanceChart } from "../../src/features/region/RegionBalanceChart";
import { PrefectureMap } from "../../src/features/region/PrefectureMap";
import { EmbedApp } from "../../src/app/EmbedApp";
import { buildGeometry } from "../../src/geo/map-geometry";
import type { ProjectedMap } from "../../src/geo/province-map";
import { LangProvider } from "../../src/i18n/context";
import { rankedValues } from "../../src/data/metric-values";
import { provinceBalanceSeries } from "../../src/data/series";
import { DEFAULT_VIEW, type RenderFlags } from "../../src/state/view-state";
import { buildPrefectureMap, decodePrefectures, type ProvinceSource } from "../../scripts/lib/prefectures";
import { realEvents, realIndex } from "../support/real-data";
import { bnOf, englishWords } from "../support/zh";

const require = createRequire(import.meta.url);
const index = realIndex();
const events = realEvents();
afterEach(cleanup);

function renderZh(ui: ReactNode, prefectures: { adcode: string; file: string } | null = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(["events"], events);
  if (prefectures) {
    const source = JSON.parse(
      readFileSync(require.resolve(`echarts/map/json/province/${prefectures.file}.json`), "utf8"),
    ) as ProvinceSource;
    client.setQueryData(
      ["geometry", "prefectures", prefectures.adcode],
      buildPrefectureMap(prefectures.adcode, decodePrefectures(source, prefectures.adcode)),
    );
  }
  return render(
    <LangProvider lang="zh">
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </LangProvider>,
  );
}

const panelOf = (adcode: string, periodId: string) => (
  <RegionPanel index={index} adcode={adcode} periodId={periodId} onClose={() => {}} />
);

describe("RegionPanel in Chinese", () => {
  it("is a landmark and a heading with the Chinese name first and the English name marked as English", () => {
    renderZh(panelOf("500000", "2024"));
    const panel = screen.getByRole("complementary", { name: "重庆（Chongqing）：地区详情" });
    const heading = within(panel).getByRole("heading", { level: 2 });
    expect(heading.textContent).toBe("重庆市（Chongqing）");
    expect(heading.querySelector('[lang="en"]')!.textContent).toBe("Chongqing");
    expect(within(panel).getByRole("button", { name: /^关闭地区详情/ })).toBeTruthy();
  });

  it("gives the headline figures for 2024年末 in 万亿元 with ranks 第N位（共31个）", () => {
    renderZh(panelOf("500000", "2024"));
    const terms = [...document.querySelectorAll(".headline dt")].map((dt) => dt.textContent);
    expect(terms).toEqual([
      "债务余额，2024年末",
      "债务/GDP，2024年末",
      "债务/一般公共预算收入，2024年末",
      "城投带息债务（华泰固收估算），2024年末",
      "城投带息债务/GDP（华泰固收估算），2024年末",
    ]);
    const balance = document.querySelector(".headline-value")!.textContent!;
    expect(balance).toMatch(/万亿元$/);
    expect(bnOf(balance)).toBeCloseTo(index.balance("500000", "2024")!.total!, -1);
    const ranks = [...document.querySelectorAll(".headline-rank")].map((r) => r.textContent);
    const expected = (["balance", "debt_gdp", "debt_revenue", "lgfv", "lgfv_gdp"] as const).map(
      (m) => `第${rankedValues(index, m, "2024").rows.find((r) => r.adcode === "500000")!.rank}位（共31个）`,
    );
    expect(ranks).toEqual(expected);
    for (const headline of document.querySelectorAll(".headline")) {
      const copy = headline.cloneNode(true) as Element;
      copy.querySelector(".source-list")?.remove(); // the sources' own labels and citations are data
      expect(englishWords(copy, ["GDP"])).toEqual([]);
    }
  });

  it("says why a ratio is missing, in Chinese", () => {
    renderZh(panelOf("460000", "2018"));
    const missing = document.querySelector(".headline-missing")!.textContent!;
    expect(missing).toContain("2018年");
    expect(missing).toContain("一般公共预算收入");
    expect(missing).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("gives the key-region status and history in Chinese, the listing document in the data's Chinese", () => {
    renderZh(panelOf("500000", "2024"));
    const section = screen.getByRole("region", { name: "重点省份状态" });
    expect(within(section).getByText("重点省份（2023年9月列入）")).toBeTruthy();
    const record = index.data.keyRegions.find((r) => r.adcode === "500000")!;
    expect(record.listedDocumentZh).not.toBe("");
    const doc = within(section).getByText(record.listedDocumentZh);
    expect(doc.getAttribute("lang")).toBe("zh-CN");
    expect(section.textContent).not.toContain(record.listedDocument);
    expect(section.textContent).toContain("2023年9月列入：");
    expect(englishWords(section)).toEqual([]);
  });

  it("says a region left the list, dated 年月", () => {
    renderZh(panelOf("150000", "2025"));
    const section = screen.getByRole("region", { name: "重点省份状态" });
    expect(within(section).getByText("已于2025年8月退出重点省份名单")).toBeTruthy();
    expect(section.querySelector("li:nth-child(2)")!.textContent).toContain("2025年8月");
  });

  it("says a region that never was listed is not, in Chinese", () => {
    renderZh(panelOf("110000", "2024"));
    const section = screen.getByRole("region", { name: "重点省份状态" });
    expect(within(section).getByText("非重点省份")).toBeTruthy();
    expect(englishWords(section)).toEqual([]);
  });

  it("captions the balance chart in 亿元 and gives its table in 亿, with Chinese headers and periods", () => {
    const { container } = renderZh(panelOf("500000", "2024"));
    const figure = container.querySelector('[data-chart="region-balance"]')!;
    expect(figure.querySelector("figcaption")!.textContent).toBe("重庆（Chongqing）：地方政府债务余额，亿元");
    expect([...figure.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "时期",
      "一般债务",
      "专项债务",
      "合计",
      "债务限额",
    ]);
    const rows = [...figure.querySelectorAll("tbody tr")];
    const row2024 = rows.find((r) => r.querySelector("th")!.textContent === "2024")!;
    const total = Number(row2024.querySelectorAll("td")[2].textContent!.replace(/,/g, ""));
    expect(total).toBe(Math.round(index.balance("500000", "2024")!.total! * 10));
    expect(rows.map((r) => r.querySelector("th")!.textContent)).toContain("2025年6月");
    const summary = figure.querySelector("#region-balance-summary")!.textContent!;
    expect(summary).toMatch(/^债务余额：2015年末为[\d,.]+亿元/);
    expect(englishWords(figure.querySelector(".chart-table")!)).toEqual([]);
    expect(englishWords(container.querySelector(".chart-note")!, ["celma"])).toEqual([]);
  });

  it("lists Xinjiang's scope caveats in Chinese", () => {
    renderZh(panelOf("650000", "2024"));
    const caveats = screen.getByRole("list", { name: "注意事项" });
    expect(caveats.textContent).toContain("新疆生产建设兵团");
    expect(englishWords(caveats)).toEqual([]);
  });

  it("says in Chinese that a province has no events", () => {
    const withEvents = new Set(events.map((e) => e.provinceAdcode));
    const quiet = index.covered.find((p) => !withEvents.has(p.adcode))!;
    renderZh(panelOf(quiet.adcode, "2024"));
    const section = screen.getByRole("region", { name: `${quiet.nameZh}的事件` });
    expect(within(section).getByRole("heading", { name: "事件" })).toBeTruthy();
    expect(within(section).getByText(`数据中没有${quiet.nameZh}的事件记录。`)).toBeTruthy();
  });
});

describe("RegionBalanceChart in Chinese", () => {
  it("names its unit and series in Chinese and ticks its axis in 亿", () => {
    const points = provinceBalanceSeries(index, "500000", "zh");
    const { container } = renderZh(
      <div style={{ width: 420 }}>
        <RegionBalanceChart points={points} height={260} />
      </div>,
    );
    const legend = [...container.querySelectorAll(".chart-legend li")].map((t) => t.textContent);
    expect(legend).toEqual(["单位：亿元", "一般债务", "专项债务", "债务限额"]);
    const ticks = [...container.querySelectorAll(".left-axis text")].map((t) =>
      Number(t.textContent!.replace(/,/g, "")),
    );
    // The axis reaches the largest total (or limit) in 亿, ten times the bn figure.
    const peakBn = Math.max(...points.flatMap((p) => [p.total ?? 0, p.limit ?? 0]));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(peakBn * 10);
    expect(Math.max(...ticks)).toBeLessThan(peakBn * 10 * 1.5);
    const xTicks = [...container.querySelectorAll(".x-axis text")].map((t) => t.textContent);
    expect(xTicks).toContain("2025年6月");
  });
});

describe("PrefectureMap in Chinese", () => {
  it("captions the map and names places and markers in Chinese", async () => {
    renderZh(<PrefectureMap index={index} adcode="620000" />, { adcode: "620000", file: "gansu" });
    const figure = screen.getByRole("figure", { name: /^甘肃各地市.*（2024年末）$/ });
    const lanzhou = events.filter((e) => e.provinceAdcode === "620000" && e.placeAdcode?.startsWith("6201")).length;
    // The markers come with the shapes, whose code loads on its own.
    expect(await within(figure).findByRole("button", { name: `兰州市：${lanzhou}个事件` })).toBeTruthy();
    const list = within(figure).getByRole("list", { name: "甘肃有事件的地点" });
    expect(englishWords(list)).toEqual([]);
    const wide = events.filter((e) => e.provinceAdcode === "620000" && e.scope === "province").length;
    expect(within(figure).getByText(new RegExp(`${wide}个关于全省的事件未标在地图上`))).toBeTruthy();
  });

  it("says in Chinese which shape is not drawn, and why", () => {
    renderZh(<PrefectureMap index={index} adcode="460000" />, { adcode: "460000", file: "hainan" });
    const note = screen.getByText(/三沙市未绘制/);
    expect(englishWords(note)).toEqual([]);
  });
});

describe("EmbedApp footer in Chinese", () => {
  it("says the source and the data's date in Chinese", () => {
    const geometry = buildGeometry(
      JSON.parse(
        readFileSync(require.resolve("../../public/generated/china-provinces.map.json"), "utf8"),
      ) as ProjectedMap,
    );
    const flags = { embed: true, controls: false, transparent: false, static: true } as RenderFlags;
    const { container } = renderZh(
      <EmbedApp
        index={index}
        geometry={geometry}
        view={{ ...DEFAULT_VIEW, metric: "debt_gdp" }}
        flags={flags}
        setView={() => {}}
      />,
    );
    const footer = container.querySelector(".embed-footer")!;
    const source = footer.querySelector(".embed-source")!.textContent!;
    expect(source).toMatch(/^来源：财政部/);
    expect(source).toContain("国家统计局");
    const [y, m, d] = index.data.dataAsOf.split("-").map(Number);
    expect(source).toContain(`数据截至${y}年${m}月${d}日`);
    expect(englishWords(footer.querySelector("a")!)).toEqual([]);
  });
});
