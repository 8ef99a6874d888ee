// @vitest-environment jsdom
/**
 * The map for a Chinese reader, on the real data and geometry: province names Chinese first,
 * amounts in 亿元/万亿元, periods and dates as 年月日, key-region status in Chinese, and no English
 * interface words left in the legend, notes, banners, tooltip or announcements.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReactNode } from "react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { ProjectedMap } from "../../src/geo/province-map";
import { buildGeometry } from "../../src/geo/map-geometry";
import { MapView } from "../../src/features/map/MapView";
import { LangProvider } from "../../src/i18n/context";
import { rankedValues } from "../../src/data/metric-values";
import { scaleFor } from "../../src/data/scale";
import { realIndex } from "../support/real-data";
import { bnOf, englishWords } from "../support/zh";

const geometry = buildGeometry(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../public/generated/china-provinces.map.json"), "utf8"),
  ) as ProjectedMap,
);
const index = realIndex();
afterEach(cleanup);

// jsdom has no SVG layout: keyboard focus anchors the tooltip through getScreenCTM, which it lacks.
const proto = window.SVGElement.prototype as unknown as { getScreenCTM?: () => DOMMatrix | null };
const hadCtm = "getScreenCTM" in proto;
beforeAll(() => {
  if (!hadCtm) proto.getScreenCTM = () => null;
});
afterAll(() => {
  if (!hadCtm) delete proto.getScreenCTM;
});

const zh = (ui: ReactNode) => render(<LangProvider lang="zh">{ui}</LangProvider>);
const renderMap = (metric: "balance" | "debt_gdp" | "debt_revenue", periodId: string) =>
  zh(
    <MapView
      index={index}
      geometry={geometry}
      metric={metric}
      periodId={periodId}
      selected={null}
      onSelect={() => {}}
    />,
  );

const shape = (container: HTMLElement, iso: string) => container.querySelector(`[data-region="${iso}"]`)!;

describe("MapView in Chinese", () => {
  it("names each province Chinese first with its value in 亿元/万亿元 and its key-region mark", () => {
    const { container } = renderMap("balance", "2024");
    const label = shape(container, "CN-CQ").getAttribute("aria-label")!;
    expect(label.startsWith("重庆（Chongqing）：")).toBe(true);
    // The amount said is the data's balance, rounded the way a Chinese reader counts (to 0.01 万亿).
    expect(bnOf(label)).toBeCloseTo(index.balance("500000", "2024")!.total!, -1);
    expect(label).toContain("重点省份");
    expect(label).not.toMatch(/bn CNY|key high-debt/);
    expect(shape(container, "CN-TW").getAttribute("aria-label")).toContain("不在统计范围");
    expect(screen.getByRole("group").getAttribute("aria-label")).toMatch(/^中国各省份地图/);
  });

  it("gives the legend in 亿元, its class breaks ten times the bn figures", () => {
    const { container } = renderMap("balance", "2024");
    const legend = container.querySelector(".legend")!;
    expect(legend.getAttribute("aria-label")).toBe("图例");
    expect(legend.querySelector(".legend-title")!.textContent).toBe("债务余额（亿元）");
    const first = legend.querySelector(".legend-classes li")!.textContent!;
    const breakBn = scaleFor(index, "balance").breaks[0];
    expect(Number(first.replace(/[<\s,]/g, ""))).toBe(breakBn * 10);
    expect(englishWords(legend)).toEqual([]);
  });

  it("says in Chinese that the key-region list did not exist yet, with dates as 年月", () => {
    const { container } = renderMap("balance", "2019");
    const banner = screen.getByText(/重点省份名单尚未出台/);
    expect(banner.textContent).toContain("2019年末");
    expect(banner.textContent).toContain("2023年9月");
    expect(container.querySelectorAll('[data-key-region="true"]')).toHaveLength(0);
    for (const note of container.querySelectorAll(".map-banner, .map-note")) expect(englishWords(note)).toEqual([]);
  });

  it("notes how many provinces have data and how many key regions there are, in Chinese", () => {
    const { container } = renderMap("debt_revenue", "2018");
    const { withData } = rankedValues(index, "debt_revenue", "2018");
    const note = container.querySelector(".map-note")!;
    expect(note.textContent).toContain(`31个省份中有${withData}个`);
    expect(englishWords(note)).toEqual([]);
  });

  it("announces the province the keyboard reaches: value, rank 第N位（共31个）and status", () => {
    const { container } = renderMap("balance", "2024");
    fireEvent.focus(shape(container, "CN-GZ"));
    const said = screen.getByTestId("map-announcer").textContent!;
    const rank = rankedValues(index, "balance", "2024").rows.find((r) => r.adcode === "520000")!.rank;
    expect(said.startsWith("贵州（Guizhou）：")).toBe(true);
    expect(said).toContain(`第${rank}位（共31个）`);
    expect(said).toContain("重点省份（2023年9月列入）");
    expect(englishWords(screen.getByTestId("map-announcer"), ["Guizhou"])).toEqual([]);
  });

  it("announces a missing value with its reason in Chinese", () => {
    const { container } = renderMap("debt_revenue", "2018");
    fireEvent.focus(shape(container, "CN-HI"));
    const said = screen.getByTestId("map-announcer").textContent!;
    expect(said).toContain("数据缺失");
    expect(said).toContain("2018年");
    expect(englishWords(screen.getByTestId("map-announcer"), ["Hainan"])).toEqual([]);
  });

  // The tooltip's code loads apart from the map's (MapView.tsx), so it is waited for.
  it("shows the tooltip in Chinese: period as 年末, rank, source and an exit dated 年月", async () => {
    const { container } = renderMap("balance", "2025");
    fireEvent.mouseMove(shape(container, "CN-NM"), { clientX: 100, clientY: 100 });
    const tip = await screen.findByRole("tooltip");
    expect(tip.textContent).toContain("余额，2025年末（初步）：");
    expect(bnOf(tip.textContent!)).toBeCloseTo(index.balance("150000", "2025")!.total!, -1);
    expect(tip.textContent).toContain("（暂定）");
    expect(tip.textContent).toMatch(/第\d+位（共31个/);
    // Inner Mongolia left the list in August 2025 (key_regions.csv).
    expect(tip.textContent).toContain("已于2025年8月退出重点省份名单");
    expect(tip.textContent).toContain("来源：");
    // The source's label is the data's Chinese (source_labels.csv label_zh), marked as Chinese.
    const label = index.data.sources[index.balance("150000", "2025")!.sources[0]];
    const shown = within(tip).getByText(label.labelZh);
    expect(shown.getAttribute("lang")).toBe("zh-CN");
    // Only the English name (marked lang="en") and the platform's short name in its label remain in Latin letters.
    expect(englishWords(tip, ["celma"])).toEqual([]);
  });

  it("gives a pending change in the data's Chinese", async () => {
    const { container } = renderMap("balance", "2025");
    fireEvent.mouseMove(shape(container, "CN-NX"), { clientX: 100, clientY: 100 });
    const change = index.data.keyRegions.find((r) => r.adcode === "640000")!.change!;
    expect(change.kindZh).toBe("申请退出");
    expect((await screen.findByRole("tooltip")).textContent).toContain(
      `重点省份（2023年9月列入）；申请退出（${change.date}）`,
    );
    expect(screen.getByRole("tooltip").textContent).not.toContain(change.kind);
  });
});
