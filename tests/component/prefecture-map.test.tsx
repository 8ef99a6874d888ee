// @vitest-environment jsdom
/**
 * The prefecture map in the province panel, on the real events and maps built from the real
 * ECharts files: markers as named buttons, the text alternative, loading, errors and retry.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { PrefectureMap } from "../../src/features/region/PrefectureMap";
import { WhatWasSold } from "../../src/features/region/WhatWasSold";
import { buildPrefectureMap, decodePrefectures, type ProvinceSource } from "../../scripts/lib/prefectures";
import type { PrefectureMapFile } from "../../src/geo/prefecture-map";
import { LangProvider } from "../../src/i18n/context";
import type { Lang } from "../../src/i18n/lang";
import { realEvents, realIndex, realPrefectureData } from "../support/real-data";

const require = createRequire(import.meta.url);
const index = realIndex();
const events = realEvents();
const built = new Map<string, PrefectureMapFile>();
function mapOf(adcode: string, file: string): PrefectureMapFile {
  if (!built.has(adcode)) {
    const source = JSON.parse(
      readFileSync(require.resolve(`echarts/map/json/province/${file}.json`), "utf8"),
    ) as ProvinceSource;
    built.set(adcode, buildPrefectureMap(adcode, decodePrefectures(source, adcode)));
  }
  return built.get(adcode)!;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderMap(
  adcode: string,
  seed: { map?: PrefectureMapFile; events?: boolean; figures?: boolean; lang?: Lang } = {},
  onSelectPlace?: (code: string | null, ids: string[]) => void,
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (seed.events !== false) client.setQueryData(["events"], events);
  if (seed.map) client.setQueryData(["geometry", "prefectures", adcode], seed.map);
  if (seed.figures !== false) client.setQueryData(["data", "prefectures", adcode], realPrefectureData(adcode));
  return render(
    <LangProvider lang={seed.lang ?? "en"}>
      <QueryClientProvider client={client}>
        <PrefectureMap index={index} adcode={adcode} onSelectPlace={onSelectPlace} />
      </QueryClientProvider>
    </LangProvider>,
  );
}

const gansuEvents = events.filter((e) => e.provinceAdcode === "620000");
const lanzhou = gansuEvents.filter((e) => e.placeAdcode?.startsWith("6201"));

describe("PrefectureMap", () => {
  it("is a figure with a caption, the prefectures and a named marker button on Lanzhou", async () => {
    const { container } = renderMap("620000", { map: mapOf("620000", "gansu") });
    const figure = screen.getByRole("figure", { name: /by prefecture, Gansu, end-2024$/ });
    // The shapes' drawing code is its own chunk: drawn once it is in.
    await waitFor(() => expect(figure.dataset.drawn).toBe("true"));
    expect(container.querySelectorAll("path.prefecture")).toHaveLength(14);
    const marker = within(figure).getByRole("button", { name: `Lanzhou: ${lanzhou.length} events` });
    expect(marker.textContent).toBe(String(lanzhou.length));
    for (const e of lanzhou) expect(marker.getAttribute("title")).toContain(e.titleEn);
    // The shapes are a debt map now: Lanzhou carries its end-2024 balance and grade, coloured by class.
    const shape = container.querySelector<SVGPathElement>('path[data-prefecture="620100"]')!;
    const row = realPrefectureData("620000").debt.find((d) => d.code === "620100" && d.year === 2024)!;
    expect(shape.dataset.value).toBe(String(row.total));
    expect(shape.dataset.grade).toBe(row.grade);
    expect(shape.style.fill).toMatch(/^var\(--ramp-\d/);
  });

  it("lists the markers as text and says how many province-wide events are not on the map", () => {
    renderMap("620000", { map: mapOf("620000", "gansu") });
    const list = screen.getByRole("list", { name: "Places with events in Gansu" });
    expect(within(list).getByText(/Lanzhou/).textContent).toContain(`${lanzhou.length} events`);
    const wide = gansuEvents.filter((e) => e.scope === "province").length;
    expect(
      screen.getByText(new RegExp(`${wide} events about the whole province are not placed on the map`)),
    ).toBeTruthy();
  });

  it("selects a place's events from the keyboard, and the shapes are not tab stops", async () => {
    const user = userEvent.setup();
    const onSelectPlace = vi.fn();
    const { container } = renderMap("620000", { map: mapOf("620000", "gansu") }, onSelectPlace);
    expect([...container.querySelectorAll("path.prefecture")].every((p) => p.getAttribute("tabindex") === "-1")).toBe(
      true,
    );
    await user.tab();
    // The first tab stop is a marker (whichever comes first), never a shape; Lanzhou's is among the next ones.
    expect(document.activeElement?.classList.contains("prefecture-marker")).toBe(true);
    const marker = screen.getByRole("button", { name: /^Lanzhou:/ });
    const markers = container.querySelectorAll(".prefecture-marker").length;
    for (let k = 0; k < markers && document.activeElement !== marker; k++) await user.tab();
    expect(document.activeElement).toBe(marker);
    await user.keyboard("{Enter}");
    expect(onSelectPlace).toHaveBeenCalledWith("620100", expect.arrayContaining(lanzhou.map((e) => e.id)));
    expect(marker.getAttribute("aria-pressed")).toBe("true");
    const selection = screen.getByRole("region", { name: "Events in Lanzhou" });
    for (const e of lanzhou) expect(within(selection).getByText(e.titleEn, { exact: false })).toBeTruthy();
    await user.keyboard(" ");
    expect(onSelectPlace).toHaveBeenLastCalledWith(null, []);
    expect(screen.queryByRole("region", { name: "Events in Lanzhou" })).toBeNull();
  });

  it("lists a place's events with each amount and what it measures", async () => {
    const user = userEvent.setup();
    renderMap("620000", { map: mapOf("620000", "gansu") }, () => {});
    await user.click(screen.getByRole("button", { name: /^Lanzhou:/ }));
    const selection = screen.getByRole("region", { name: "Events in Lanzhou" });
    // Bank of Gansu sells 175 mn yuan of bad loans to the provincial AMC for RMB102 million.
    expect(within(selection).getByText("102 mn CNY (price paid for bank assets or shares)")).toBeTruthy();
    const priced = lanzhou.filter((e) => e.amountBn !== null);
    expect(selection.querySelectorAll("[data-measure]")).toHaveLength(priced.length);
  });

  it("gives a Chinese reader the events' Chinese titles, in the marker's tooltip and the place's list", async () => {
    const user = userEvent.setup();
    renderMap("620000", { map: mapOf("620000", "gansu"), lang: "zh" }, () => {});
    const marker = screen.getByRole("button", { name: `兰州市：${lanzhou.length}个事件` });
    for (const e of lanzhou) {
      expect(marker.getAttribute("title")).toContain(e.titleZh);
      expect(marker.getAttribute("title")).not.toContain(e.titleEn);
    }
    await user.click(marker);
    const selection = screen.getByRole("region", { name: /兰州/ });
    for (const e of lanzhou) expect(within(selection).getByText(e.titleZh).getAttribute("lang")).toBe("zh-CN");
  });

  it("marks Bishan District in Chongqing, whose shapes are districts", () => {
    renderMap("500000", { map: mapOf("500000", "chongqing") });
    const figure = screen.getByRole("figure", { name: "Districts and counties of Chongqing with event markers" });
    expect(screen.getByRole("button", { name: /^Bishan District: \d+ events?$/ })).toBeTruthy();
    // One figure for the whole municipality; no district is coloured as if it had its own.
    const whole = realPrefectureData("500000").debt.find((d) => d.code === "500000" && d.year === 2024)!;
    expect(figure.textContent).toContain("publishes its debt for the whole municipality, not by district");
    expect(figure.textContent).toContain(
      `Whole municipality, end-2024: ${whole.total!.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} bn CNY`,
    );
    expect(figure.querySelectorAll("path[data-prefecture]")).toHaveLength(0);
  });

  it("draws a province with no placeable events without markers, and says so", () => {
    // Henan: its only event is about the whole province (none names a prefecture or county).
    const henan = events.filter((e) => e.provinceAdcode === "410000");
    expect(henan.filter((e) => e.scope === "prefecture" || e.scope === "county")).toEqual([]);
    const wide = henan.filter((e) => e.scope === "province").length;
    expect(wide).toBeGreaterThan(0);
    const { container } = renderMap("410000", { map: mapOf("410000", "henan") });
    expect(container.querySelectorAll("path.prefecture").length).toBeGreaterThan(0);
    expect(container.querySelectorAll(".prefecture-marker")).toHaveLength(0);
    expect(screen.getByText(/No event in the data for Henan names a place on this map/)).toBeTruthy();
    const phrase =
      wide === 1
        ? "1 event about the whole province is not placed"
        : `${wide} events about the whole province are not placed`;
    expect(screen.getByText(new RegExp(phrase))).toBeTruthy();
  });

  it("says Sansha is not drawn on Hainan's map", () => {
    renderMap("460000", { map: mapOf("460000", "hainan") });
    expect(screen.getByText(/is not drawn: its islands lie far south of Hainan Island/).textContent).toContain(
      "Sansha",
    );
  });

  it("reserves the box while loading", () => {
    vi.stubGlobal("fetch", () => new Promise(() => {}));
    const { container } = renderMap("620000");
    const box = container.querySelector<HTMLElement>(".prefecture-box")!;
    expect(box.style.aspectRatio).toBe("400 / 320");
    expect(within(box).getByText(/Loading the map of Gansu/)).toBeTruthy();
    expect(container.querySelectorAll(".prefecture-marker")).toHaveLength(0);
  });

  it("shows a failed load with a retry that works", async () => {
    const user = userEvent.setup();
    const good = mapOf("620000", "gansu");
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response("not found", { status: 404 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(good), { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    renderMap("620000", {});
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("could not be loaded");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Lanzhou:/ })).toBeTruthy());
    expect(fetchMock.mock.calls[0][0]).toMatch(/generated\/prefectures\/620000\.json$/);
  });

  it("rejects a file for another province", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(new Response(JSON.stringify(mapOf("500000", "chongqing")), { status: 200 })),
    );
    renderMap("620000");
    expect((await screen.findByRole("alert")).textContent).toContain("could not be loaded");
  });
});

describe("PrefectureMap: what a figure rests on, and what is not there", () => {
  function renderView(
    adcode: string,
    file: string,
    view: { metric: "balance" | "debt_gdp"; period: string; prefecture?: string },
  ) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(["events"], events);
    client.setQueryData(["geometry", "prefectures", adcode], mapOf(adcode, file));
    client.setQueryData(["data", "prefectures", adcode], realPrefectureData(adcode));
    return render(
      <LangProvider lang="en">
        <QueryClientProvider client={client}>
          <PrefectureMap
            index={index}
            adcode={adcode}
            metric={view.metric}
            periodId={view.period}
            prefecture={view.prefecture ?? null}
            onSelectPrefecture={() => {}}
          />
        </QueryClientProvider>
      </LangProvider>,
    );
  }
  const debtRows = readFileSync(`${import.meta.dirname}/../../data/prefecture_debt.csv`, "utf8").split("\n");
  const header = debtRows[0].split(",");
  /** A prefecture-year's total as the CSV prints it (the rows have no quoted commas before this column). */
  const total = (adcode: string, year: number) => {
    const row = debtRows.find(
      (r) => r.startsWith(`${adcode},`) && r.split(",")[header.indexOf("year")] === String(year),
    )!;
    return Number(row.split(",")[header.indexOf("total_balance_bn_cny")]);
  };

  it("says once why no Guizhou prefecture is coloured for debt/GDP at end-2024, and still gives each its share of the debt", () => {
    const { container } = renderView("520000", "guizhou", { metric: "debt_gdp", period: "2024" });
    expect(
      screen.getByText(
        "No prefecture of Guizhou has this figure for end-2024: no GDP or revenue for this prefecture-year in the data. The map is not coloured.",
      ),
    ).toBeTruthy();
    const guiyang = container.querySelector('.pref-table tr[data-prefecture="520100"]')!;
    const share = (total("520100", 2024) / index.balance("520000", "2024")!.total!) * 100;
    expect(guiyang.querySelectorAll("td")[2].textContent).toBe(`${share.toFixed(1)}%`);
  });

  it("a ratio's card names the denominator's grade and source beside the debt's", async () => {
    const { container } = renderView("520000", "guizhou", { metric: "debt_gdp", period: "2023" });
    await userEvent.hover(container.querySelector('path[data-prefecture="520600"]')!);
    const card = container.querySelector('.pref-card[data-prefecture="520600"]')!;
    expect(card.textContent).toContain("Grade: official budget document (A1)");
    expect(card.textContent).toMatch(/GDP [\d.,]+ bn CNY, B2 rating report or reprint: /);
    expect(within(card as HTMLElement).getAllByRole("link").length).toBeGreaterThanOrEqual(2);
  });

  it("a doubtful year in a prefecture's table is struck through in every figure and says why instead of a grade", () => {
    const { container } = renderView("150000", "neimenggu", {
      metric: "balance",
      period: "2025",
      prefecture: "152500",
    });
    const row = container.querySelector('.pref-profile tr[data-year="2025"]')!;
    expect(row.getAttribute("data-state")).toBe("doubtful");
    expect(row.querySelector(".pref-grade-cell")!.textContent).toMatch(/^Doubtful: a break in the series/);
    const struck = [...row.querySelectorAll("td s")].map((s) => s.textContent);
    expect(struck).toContain(total("152500", 2025).toFixed(1));
    expect(struck.length).toBeGreaterThanOrEqual(2);
  });
});

describe("What was sold", () => {
  it("gives every priced sale its source, and small amounts in millions with every digit", () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(["events"], events);
    const { container } = render(
      <LangProvider lang="en">
        <QueryClientProvider client={client}>
          <WhatWasSold adcode="520000" place={{ en: "Guizhou", zh: "贵州" }} />
        </QueryClientProvider>
      </LangProvider>,
    );
    const items = [...container.querySelectorAll("li[data-event]")];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      const event = events.find((e) => e.id === li.getAttribute("data-event"))!;
      const link = li.querySelector("a[href]")!;
      expect(link.getAttribute("href")).toBe(event.sourceUrl);
    }
    const gaosu = container.querySelector('li[data-event="gz-gaosu-mining-25pct-listing-2025-07"]')!;
    expect(gaosu.querySelector("strong")!.textContent).toBe("5.012 mn CNY");
  });
});
