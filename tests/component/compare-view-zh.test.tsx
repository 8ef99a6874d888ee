// @vitest-environment jsdom
/**
 * The Compare view for a Chinese reader, on the real data: Chinese presets, search that still
 * takes English, Chinese and romanised names, Chinese table headers and missing-value reasons,
 * balances in 亿/万亿, and a link identical to the English view's.
 */
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LangProvider } from "../../src/i18n/context";
import { CompareView } from "../../src/features/compare/CompareView";
import { DEFAULT_VIEW, serialiseView, type ViewState } from "../../src/state/view-state";
import { realIndex } from "../support/real-data";

const index = realIndex();
afterEach(cleanup);

const englishWord = /\b(?!GDP\b)[A-Za-z]{3,}\b/;

function Harness({ initial = {} }: { initial?: Partial<ViewState> }) {
  const [view, setView] = useState<ViewState>({ ...DEFAULT_VIEW, view: "compare", ...initial });
  return (
    <LangProvider lang="zh">
      <CompareView index={index} view={view} setView={(next) => setView((v) => ({ ...v, ...next }))} />
      <code data-testid="url">{serialiseView(view)}</code>
    </LangProvider>
  );
}
const url = () => screen.getByTestId("url").textContent ?? "";
const table = () => screen.getByRole("table", { name: /各省份/ });
const bodyRows = () => within(table()).getAllByRole("row").slice(1);

describe("Compare view in Chinese", () => {
  it("offers the presets by their Chinese names, with guidance in Chinese", () => {
    render(<Harness />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("比较省份");
    const group = screen.getByRole("group", { name: "预设" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["重点省份", "全部31个", "东部", "中部", "西部", "东北", "相近省份"]);
    expect((screen.getByRole("button", { name: "相近省份" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("尚未选择省份。")).toBeTruthy();
    const hints = document.querySelector(".compare-hints")!.textContent!;
    expect(hints).toContain("2024年末");
    expect(hints).not.toMatch(englishWord);
  });

  it("a preset gives the same link as in English", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ metric: "debt_revenue" }} />);
    await user.click(screen.getByRole("button", { name: "重点省份" }));
    expect(url()).toContain(
      "cr=CN-TJ%2CCN-NM%2CCN-LN%2CCN-JL%2CCN-HL%2CCN-GX%2CCN-CQ%2CCN-GZ%2CCN-YN%2CCN-GS%2CCN-QH%2CCN-NX",
    );
    const chips = within(screen.getByRole("list", { name: "图中的省份" })).getAllByRole("listitem");
    expect(chips.map((li) => li.textContent)).toContain("天津×");
  });

  it.each([
    ["an English name", "Guizhou", "贵州", "CN-GZ"],
    ["a Chinese name", "内蒙", "内蒙古", "CN-NM"],
    ["the ISO romanised name", "Xizang", "西藏", "CN-XZ"],
  ])("search finds a province by %s and announces it in Chinese", async (_case, query, name, iso) => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole("combobox", { name: "添加省份" });
    await user.type(box, query);
    expect(screen.getByRole("option", { name: new RegExp(`^${name}`) })).toBeTruthy();
    await user.keyboard("{Enter}");
    expect(url()).toContain(`cr=${iso}`);
    expect(screen.getByRole("button", { name: `移除${name}` })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain(name);
    expect(screen.getByRole("status").textContent).not.toMatch(englishWord);
  });

  it("says in Chinese when nothing matches", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole("combobox", { name: "添加省份" }), "zzz");
    expect(screen.getByText(/没有与“zzz”匹配的省份/)).toBeTruthy();
  });

  it("indexes with Chinese labels and the same values", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ compare: ["CN-GZ", "CN-TJ"], metric: "debt_revenue" }} />);
    await user.click(screen.getByRole("radio", { name: "指数" }));
    expect(url()).toContain("ix=2023");
    const base = screen.getByRole("combobox", { name: "指数基期" }) as HTMLSelectElement;
    expect(base.selectedOptions[0].textContent).toMatch(/^2023年 = 100/);
    expect(document.querySelector(".compare-legend-title")!.textContent).toMatch(/^2024年末，2023年末 = 100/);
    expect(screen.getByRole("button", { name: "天津 114.5" })).toBeTruthy();
  });

  it("gives balances in 亿元 or 万亿元 in the legend and the chart's table", () => {
    render(<Harness initial={{ compare: ["CN-GZ"], metric: "balance" }} />);
    const legend = document.querySelector(".compare-legend")!.textContent!;
    expect(legend).toMatch(/贵州 \d+(\.\d+)?(万亿|亿)元/);
    expect(document.querySelector("figcaption")!.textContent).toMatch(/^债务余额（亿元）/);
    const caption = document.querySelector("figcaption")!.textContent!;
    expect(caption).not.toMatch(englishWord);
  });

  it("heads the ranked table in Chinese and explains a missing value in Chinese, not as zero", () => {
    render(<Harness initial={{ metric: "debt_revenue", period: "2018", compare: ["CN-HI"] }} />);
    const headers = within(table())
      .getAllByRole("columnheader")
      .map((th) => th.textContent ?? "");
    for (const h of headers) expect(h).not.toMatch(englishWord);
    expect(headers.join()).toContain("2023年末以来的变化（百分点）");
    const hainan = bodyRows().find((r) => r.getAttribute("data-region") === "CN-HI")!;
    expect(within(hainan).getByRole("rowheader").textContent).toMatch(/^海南/);
    const missing = [...hainan.querySelectorAll("td.missing")].map((td) => td.textContent ?? "");
    expect(missing.length).toBeGreaterThan(0);
    for (const reason of missing) expect(reason).not.toMatch(englishWord);
    expect(missing[0]).toContain("2018年");
    expect(hainan.textContent).not.toMatch(/\b0\.0\b/);
    expect(document.querySelector(".compare-missing-count")!.textContent).toBe("15个数据点中缺失5个：");
  });

  it("shows changes in 个百分点 and sorts names by pinyin", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ metric: "debt_revenue" }} />);
    const gz = bodyRows().find((r) => r.getAttribute("data-region") === "CN-GZ")!;
    expect(gz.textContent).toMatch(/[+−±]\d+\.\d个百分点/);
    await user.click(within(table()).getByRole("button", { name: /^省份/ }));
    expect(bodyRows()[0].getAttribute("data-region")).toBe("CN-AH");
    await user.click(screen.getByRole("checkbox", { name: "在图中显示贵州" }));
    expect(url()).toContain("cr=CN-GZ");
  });
});
