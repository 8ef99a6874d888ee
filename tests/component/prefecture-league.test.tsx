// @vitest-environment jsdom
/**
 * Compare's prefecture league (cl=prefectures) in jsdom, on the real prefecture files, read as an
 * analyst reads it: the ranked rows in order, the grades, the doubtful figures set apart with the
 * reason, the grade filter's count, and sorting the table by its headings. Every expected figure,
 * order and count is worked out here from data/prefecture_debt.csv, prefecture_macro.csv and
 * prefecture_names.csv, never taken from the code under test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { parseCsv } from "../../src/data/csv";
import PrefectureLeague from "../../src/features/compare/PrefectureLeague";
import { LangProvider } from "../../src/i18n/context";
import type { Lang } from "../../src/i18n/lang";
import { DEFAULT_VIEW, serialiseView, type ViewState } from "../../src/state/view-state";
import { DATA_DIR } from "../support/csv-data";
import { realIndex, realPrefectureData } from "../support/real-data";

type Row = Record<string, string>;
function csvRows(file: string): Row[] {
  const parsed = parseCsv(readFileSync(join(DATA_DIR, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.records.map((r) => r.values);
}
const debtRows = csvRows("prefecture_debt.csv");
const gdp = new Map(
  csvRows("prefecture_macro.csv")
    .filter((m) => m.indicator === "gdp")
    .map((m) => [`${m.adcode}|${m.year}`, Number(m.value_bn_cny)]),
);
const nameEn = new Map(csvRows("prefecture_names.csv").map((n) => [n.adcode, n.name_en]));
const debtRow = new Map(debtRows.map((r) => [`${r.adcode}|${r.year}`, r]));

/** Debt/GDP × 100 of a sound (not suspect) row with a total and a GDP, else null. */
function ratio(r: Row | undefined): number | null {
  const d = r && gdp.get(`${r.adcode}|${r.year}`);
  if (!r || d === undefined || r.total_balance_bn_cny === "" || r.qa_level === "suspect") return null;
  return (Number(r.total_balance_bn_cny) / d) * 100;
}

// The analyst's view: key-region prefectures by debt/GDP at end-2023, change since end-2020.
const KEY_2023 = debtRows.filter((r) => r.year === "2023" && r.key_region === "true");
const RANKED = KEY_2023.map((row) => ({ row, ratio: ratio(row) }))
  .filter((x): x is { row: Row; ratio: number } => x.ratio !== null)
  .sort((a, b) => b.ratio - a.ratio);
const byValue = RANKED.map((x) => x.row.adcode_current);

const index = realIndex();
afterEach(cleanup);

/** Holds the view as use-view-state does (setView merges), records every setView, shows the link. */
function renderLeague(initial: Partial<ViewState>, lang: Lang = "en") {
  const setView = vi.fn<(next: Partial<ViewState>) => void>();
  function Harness() {
    const [view, set] = useState<ViewState>({
      ...DEFAULT_VIEW,
      view: "compare",
      compareLevel: "prefectures",
      ...initial,
    });
    const update = (next: Partial<ViewState>) => {
      setView(next);
      set((v) => ({ ...v, ...next }));
    };
    return (
      <>
        <PrefectureLeague index={index} view={view} setView={update} />
        <code data-testid="url">{serialiseView(view)}</code>
      </>
    );
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const p of index.covered) client.setQueryData(["data", "prefectures", p.adcode], realPrefectureData(p.adcode));
  render(
    <LangProvider lang={lang}>
      <QueryClientProvider client={client}>
        <Harness />
      </QueryClientProvider>
    </LangProvider>,
  );
  return setView;
}

const KEY_VIEW: Partial<ViewState> = { metric: "debt_gdp", period: "2023", changeBase: "2020", prefectureScope: "key" };
/** The ranked table (not the chart's data table, nor the doubtful and missing ones), in either language. */
const leagueTable = () => document.querySelector<HTMLTableElement>(".league-table > .compare-scroll > table")!;
const rankedRows = () => [...leagueTable().querySelectorAll<HTMLTableRowElement>('tbody tr[data-status="ranked"]')];
const order = () => rankedRows().map((tr) => tr.dataset.prefecture);
const cells = (tr: HTMLTableRowElement) => [...tr.cells].map((c) => c.textContent ?? "");
/** A heading of the ranked table (the chart's data table has some of the same names). */
const heading = (name: RegExp) => within(leagueTable().tHead!).getByRole("columnheader", { name });
const url = () => screen.getByTestId("url").textContent ?? "";

describe("the prefecture league: key regions by debt/GDP, end-2023", () => {
  it("ranks every sound key-region figure, highest first: Qitaihe's 88.9% is first", () => {
    renderLeague(KEY_VIEW);
    expect(RANKED.length).toBeGreaterThan(50);
    expect(order()).toEqual(byValue);
    expect(screen.getByText(`${RANKED.length} ranked`)).toBeTruthy();
    const first = cells(rankedRows()[0]);
    expect(first[0]).toBe("1");
    expect(first[1]).toContain("Qitaihe");
    expect(first[1]).toContain("七台河市");
    expect(first[3]).toBe("88.9");
    // Ranks by value: 1, 2, 3, ... (no two figures tie here).
    expect(rankedRows().map((tr) => tr.cells[0].textContent)).toEqual(RANKED.map((_, k) => String(k + 1)));
  });

  it("gives every ranked figure its debt document's grade, and the change since end-2020 in points", () => {
    renderLeague(KEY_VIEW);
    for (const [k, tr] of rankedRows().entries()) {
      const grade = RANKED[k].row.source_grade;
      expect(tr.dataset.grade).toBe(grade);
      expect(tr.querySelector(".league-grade")?.textContent).toMatch(new RegExp(`^${grade} `));
    }
    expect(rankedRows()[0].querySelector(".league-grade")?.textContent).toBe("A1 official budget document");
    // Qitaihe: 23.376 / 26.3 (2023) against 17.116 / 20.6 (2020), both A1.
    const qitaihe = RANKED[0].ratio - ratio(debtRow.get("230900|2020"))!;
    expect(qitaihe).toBeCloseTo(88.882 - 83.087, 2);
    expect(cells(rankedRows()[0])[4]).toBe(`+${qitaihe.toFixed(1)} pp`);
  });

  it("official only (pg=official) leaves the other grades out and says how many", () => {
    renderLeague({ ...KEY_VIEW, gradeFloor: "official" });
    const official = RANKED.filter((x) => x.row.source_class === "official").map((x) => x.row.adcode_current);
    const below = KEY_2023.filter((r) => r.source_class !== "official").length;
    expect(official.length).toBeLessThan(RANKED.length);
    expect(order()).toEqual(official);
    expect(rankedRows().every((tr) => ["A1", "A2"].includes(tr.dataset.grade!))).toBe(true);
    expect(
      screen.getByText(`${below} prefectures are left out: their debt figure is graded below “Official only (A1/A2)”.`),
    ).toBeTruthy();
  });
});

describe("a doubtful figure", () => {
  // Hubei's balances at end-2019: Huangshi and Ezhou are flagged as a likely x10 unit error.
  const suspect = debtRows.filter(
    (r) => r.year === "2019" && r.province_adcode === "420000" && r.qa_level === "suspect",
  );
  const sound = debtRows
    .filter((r) => r.year === "2019" && r.province_adcode === "420000" && r.qa_level !== "suspect")
    .filter((r) => r.total_balance_bn_cny !== "")
    .sort((a, b) => Number(b.total_balance_bn_cny) - Number(a.total_balance_bn_cny));

  it("is not ranked, is listed apart, and says why", () => {
    renderLeague({ metric: "balance", period: "2019", prefectureScope: "CN-HB" });
    expect(suspect.map((r) => r.name_zh).sort()).toEqual(["鄂州市", "黄石市"].sort());
    expect(order()).toEqual(sound.map((r) => r.adcode_current));
    const apart = screen.getByRole("region", { name: `Doubtful figures, not ranked (${suspect.length})` });
    const rows = [...apart.querySelectorAll<HTMLTableRowElement>('tbody tr[data-status="doubtful"]')];
    expect(rows.map((tr) => tr.dataset.prefecture).sort()).toEqual(suspect.map((r) => r.adcode_current).sort());
    for (const tr of rows) {
      expect(tr.textContent).toContain("likely a x10 unit error");
      expect(order()).not.toContain(tr.dataset.prefecture);
    }
    // Huangshi's published figure is kept, struck through.
    const huangshi = rows.find((tr) => tr.dataset.prefecture === "420200")!;
    expect(huangshi.querySelector("s")?.textContent).toBe("246.9");
  });
});

describe("sorting the league table", () => {
  it("starts in the league's order, shown as sorted by value, highest first; the link says nothing", () => {
    renderLeague(KEY_VIEW);
    expect(heading(/^end-2023 \(/).getAttribute("aria-sort")).toBe("descending");
    expect(heading(/^Prefecture/).getAttribute("aria-sort")).toBeNull();
    expect(url()).not.toContain("ls=");
    expect(within(heading(/^end-2023 \(/)).getByRole("button").textContent).toContain("▼");
  });

  it("a click on the value's heading puts the lowest first, the ranks still by value; a second click goes back", async () => {
    const user = userEvent.setup();
    const setView = renderLeague(KEY_VIEW);
    await user.click(within(heading(/^end-2023 \(/)).getByRole("button"));
    expect(setView).toHaveBeenLastCalledWith({ leagueSort: "value" });
    expect(url()).toContain("ls=value");
    expect(heading(/^end-2023 \(/).getAttribute("aria-sort")).toBe("ascending");
    expect(order()).toEqual([...byValue].reverse());
    expect(rankedRows()[0].cells[0].textContent).toBe(String(RANKED.length));
    expect(rankedRows().at(-1)!.cells[0].textContent).toBe("1");
    await user.click(within(heading(/^end-2023 \(/)).getByRole("button"));
    expect(setView).toHaveBeenLastCalledWith({ leagueSort: "-value" });
    expect(url()).not.toContain("ls=");
    expect(order()).toEqual(byValue);
  });

  it("by name: A to Z, then Z to A; the doubtful and missing rows stay in their own tables", async () => {
    const user = userEvent.setup();
    const setView = renderLeague(KEY_VIEW);
    const az = [...byValue].sort((a, b) => nameEn.get(a)!.localeCompare(nameEn.get(b)!, "en"));
    expect(new Set(az.map((a) => nameEn.get(a))).size).toBe(az.length);
    const missing = () => [...document.querySelectorAll<HTMLElement>('tr[data-status="missing"]')];
    const missingBefore = missing().map((tr) => tr.dataset.prefecture);
    expect(missingBefore.length).toBeGreaterThan(0);
    const button = within(heading(/^Prefecture/)).getByRole("button");
    await user.click(button);
    expect(setView).toHaveBeenLastCalledWith({ leagueSort: "name" });
    expect(heading(/^Prefecture/).getAttribute("aria-sort")).toBe("ascending");
    expect(heading(/^end-2023 \(/).getAttribute("aria-sort")).toBeNull();
    expect(button.textContent).toContain("▲");
    expect(order()).toEqual(az);
    expect(nameEn.get(order()[0]!)).toBe("Anshan");
    // Each row keeps its own rank, the rank by value.
    const rankOf = new Map(byValue.map((a, k) => [a, String(k + 1)]));
    expect(rankedRows().map((tr) => tr.cells[0].textContent)).toEqual(az.map((a) => rankOf.get(a)));
    // The keyboard reverses it too.
    button.focus();
    await user.keyboard("{Enter}");
    expect(setView).toHaveBeenLastCalledWith({ leagueSort: "-name" });
    expect(heading(/^Prefecture/).getAttribute("aria-sort")).toBe("descending");
    expect(order()).toEqual([...az].reverse());
    expect(url()).toContain("ls=-name");
    // Only ranked rows in the ranked table, whatever the sort; the units without a figure keep their list.
    expect(leagueTable().querySelectorAll("tbody tr").length).toBe(RANKED.length);
    expect(missing().map((tr) => tr.dataset.prefecture)).toEqual(missingBefore);
    expect(missing().every((tr) => !leagueTable().contains(tr))).toBe(true);
  });

  it("by change: biggest rise first; a prefecture without a sound end-2018 figure (Suihua: doubtful) goes last", async () => {
    const user = userEvent.setup();
    const setView = renderLeague({ ...KEY_VIEW, changeBase: "2018" });
    const change = (a: string) => {
      const now = RANKED.find((x) => x.row.adcode_current === a)!;
      const base = debtRow.get(`${now.row.adcode}|2018`);
      // The base figure must be sound and (under pg=all) of any grade.
      const then = ratio(base);
      return then === null ? null : now.ratio - then;
    };
    const withChange = byValue.filter((a) => change(a) !== null);
    const without = byValue.filter((a) => change(a) === null);
    expect(withChange.length).toBeGreaterThan(10);
    expect(without.map((a) => debtRow.get(`${a}|2018`)?.name_zh)).toEqual(["绥化市"]);
    const expected = [...[...withChange].sort((a, b) => change(b)! - change(a)!), ...without];
    await user.click(within(heading(/^Change since end-2018/)).getByRole("button"));
    expect(setView).toHaveBeenLastCalledWith({ leagueSort: "-change" });
    expect(heading(/^Change since end-2018/).getAttribute("aria-sort")).toBe("descending");
    expect(order()).toEqual(expected);
    await user.click(within(heading(/^Change since end-2018/)).getByRole("button"));
    expect(setView).toHaveBeenLastCalledWith({ leagueSort: "change" });
    expect(order()).toEqual([...[...withChange].sort((a, b) => change(a)! - change(b)!), ...without]);
  });

  it("opens sorted from a link (ls=province): grouped by province, each in the league's order", () => {
    renderLeague({ ...KEY_VIEW, leagueSort: "province" });
    const provinceEn = new Map(index.covered.map((p) => [p.adcode, p.nameEn]));
    const provinceOf = new Map(RANKED.map((x) => [x.row.adcode_current, provinceEn.get(x.row.province_adcode)!]));
    const expected = [...byValue].sort((a, b) => provinceOf.get(a)!.localeCompare(provinceOf.get(b)!, "en"));
    expect(heading(/^Province/).getAttribute("aria-sort")).toBe("ascending");
    expect(order()).toEqual(expected);
    expect(provinceOf.get(order()[0]!)).toBe("Chongqing");
  });

  it("in Chinese, names sort by pinyin", async () => {
    const user = userEvent.setup();
    renderLeague(KEY_VIEW, "zh");
    const zhName = new Map(KEY_2023.map((r) => [r.adcode_current, r.name_zh]));
    const pinyin = new Intl.Collator("zh-CN", { collation: "pinyin" });
    const expected = [...byValue].sort((a, b) => pinyin.compare(zhName.get(a)!, zhName.get(b)!));
    await user.click(within(heading(/^地市/)).getByRole("button"));
    expect(order()).toEqual(expected);
    // 鞍山 (an shan) before 白银 (bai yin) before 重庆 (chong qing).
    const names = order().map((a) => zhName.get(a!));
    expect(names.indexOf("鞍山市")).toBeLessThan(names.indexOf("白银市"));
    expect(names.indexOf("白银市")).toBeLessThan(names.indexOf("重庆市"));
  });
});
