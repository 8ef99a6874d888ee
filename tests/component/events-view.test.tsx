// @vitest-environment jsdom
/** The Events view and the province panel's event list on the real events, driven as a reader would. */
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { EventRecord } from "../../src/data/atlas-types";
import { EventsView } from "../../src/features/events/EventsView";
import { EventsList } from "../../src/features/region/EventsList";
import { eventSpan } from "../../src/features/events/lib/event-dates";
import { DEFAULT_VIEW, serialiseView, type ViewState } from "../../src/state/view-state";
import { realEvents, realIndex } from "../support/real-data";

const index = realIndex();
const events = realEvents();
afterEach(cleanup);

/** Holds the view like use-view-state does; shows the link it would write and how it was written. */
function Harness({
  initial = {},
  data = events,
  panel,
}: {
  initial?: Partial<ViewState>;
  data?: EventRecord[];
  panel?: string;
}) {
  const [client] = useState(() => {
    const c = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    c.setQueryData(["events"], data);
    return c;
  });
  const [view, setViewState] = useState<ViewState>({ ...DEFAULT_VIEW, view: "events", ...initial });
  const [modes, setModes] = useState<string[]>([]);
  const setView = (next: Partial<ViewState>, history: "push" | "replace" = "push") => {
    setViewState((v) => ({ ...v, ...next }));
    setModes((m) => [...m, history]);
  };
  const province = panel ? index.provinceByIso.get(panel)! : null;
  return (
    <QueryClientProvider client={client}>
      {province ? (
        <EventsList
          adcode={province.adcode}
          name={province.nameEn}
          index={index}
          iso={province.iso}
          view={view}
          setView={setView}
        />
      ) : (
        <EventsView index={index} view={view} setView={setView} />
      )}
      <code data-testid="url">{serialiseView(view)}</code>
      <code data-testid="modes">{modes.join(",")}</code>
    </QueryClientProvider>
  );
}
const url = () => screen.getByTestId("url").textContent ?? "";
const modes = () => screen.getByTestId("modes").textContent ?? "";
const rowIds = () => [...document.querySelectorAll("tr[data-event-id]")].map((r) => r.getAttribute("data-event-id"));
const panelIds = () => [...document.querySelectorAll("li[data-event-id]")].map((r) => r.getAttribute("data-event-id"));
const gansu = index.provinceByIso.get("CN-GS")!.adcode;

describe("Events view", () => {
  it("lists every event, dated newest first, the undated in their own group at the end", () => {
    render(<Harness />);
    expect(screen.getByText(`${events.length} of ${events.length} events`)).toBeTruthy();
    const ids = rowIds();
    expect(ids).toHaveLength(events.length);
    const undated = events.filter((e) => e.date === null);
    expect(ids.slice(-undated.length).sort()).toEqual(undated.map((e) => e.id).sort());
    expect(screen.getByRole("columnheader", { name: /Date/ })).toBeTruthy();
    expect(screen.getByText(`Undated (${undated.length})`, { exact: false })).toBeTruthy();
  });

  it("shows exactly the events the URL's filters select", () => {
    render(<Harness initial={{ region: "CN-GS", eventKinds: ["asset_sale"] }} />);
    const expected = events.filter((e) => e.provinceAdcode === gansu && e.kind === "asset_sale").map((e) => e.id);
    expect(rowIds().sort()).toEqual(expected.sort());
  });

  it("shows a date at its precision, with a machine-readable <time>", () => {
    render(<Harness />);
    const month = events.find((e) => e.precision === "month")!;
    const row = document.querySelector(`tr[data-event-id="${month.id}"]`)!;
    const time = row.querySelector("time")!;
    expect(time.getAttribute("dateTime")).toBe(month.date!.slice(0, 7));
    expect(time.textContent).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  });

  it("toggles a kind (a history entry) and types a search (replacing the entry)", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: /^Policy \d+$/ }));
    expect(url()).toBe("?v=2&view=events&ek=policy");
    expect(modes()).toBe("push");
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "pot iron");
    expect(url()).toBe("?v=2&view=events&ek=policy&q=pot+iron");
    expect(
      modes()
        .split(",")
        .slice(1)
        .every((m) => m === "replace"),
    ).toBe(true);
    for (const id of rowIds()) {
      const e = events.find((x) => x.id === id)!;
      expect(e.kind).toBe("policy");
    }
  });

  it("finds events by a Chinese phrase", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "砸锅卖铁");
    expect(rowIds().length).toBeGreaterThan(0);
    expect(rowIds().length).toBeLessThan(events.length);
  });

  it("refuses a bad date with the reason and applies a good one on Enter", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const from = screen.getByRole("textbox", { name: "From" });
    await user.type(from, "2023-13{Enter}");
    expect(screen.getByRole("alert").textContent).toBe("Use YYYY, YYYY-MM or YYYY-MM-DD.");
    expect(url()).toBe("?v=2&view=events");
    await user.clear(from);
    await user.type(from, "2025-08{Enter}");
    expect(url()).toBe("?v=2&view=events&from=2025-08");
    // Undated events cannot be said to fall after August 2025: they leave the list, and the line says so.
    expect(screen.getByText(/undated events are left out while a date range is set/)).toBeTruthy();
    // Overlap: a year-only "2025" may lie in August or later, so it stays; nothing ending before August does.
    expect(rowIds().every((id) => eventSpan(events.find((e) => e.id === id)!)!.end >= "2025-08-01")).toBe(true);
    expect(rowIds()).toContain(events.find((e) => e.date === "2025" && e.precision === "year")!.id);
  });

  it("selects an event from its title and shows its full record", async () => {
    const user = userEvent.setup();
    const e = events.find((x) => x.quote && x.dateBasis && x.provinceAdcode === gansu)!;
    render(<Harness initial={{ region: "CN-GS" }} />);
    await user.click(screen.getByRole("button", { name: e.titleEn }));
    expect(url()).toContain(`ev=${e.id}`);
    const detail = screen.getByRole("article", { name: `Event: ${e.titleEn}` });
    expect(detail.textContent).toContain(e.dateBasis);
    expect(detail.textContent).toContain(e.quote);
    expect(screen.getByRole("button", { name: e.titleEn }).getAttribute("aria-expanded")).toBe("true");
  });

  it("says when the linked event is not in the data, and still lists the rest", () => {
    render(<Harness initial={{ event: "no-such-event" }} />);
    expect(screen.getByRole("note").textContent).toContain("Event “no-such-event” is not in the data.");
    expect(rowIds()).toHaveLength(events.length);
  });

  it("says plainly when a province has no events", () => {
    const quiet = index.covered.find((p) => !events.some((e) => e.provinceAdcode === p.adcode))!;
    render(<Harness initial={{ region: quiet.iso }} />);
    expect(screen.getByText(`No events recorded for ${quiet.nameEn} in the data.`)).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("never turns a data URL that is not http(s) into a link", () => {
    const hostile = { ...events[0], id: "hostile", sourceName: "Evil Daily", sourceUrl: "javascript:alert(1)" };
    render(<Harness data={[hostile]} />);
    const row = document.querySelector('tr[data-event-id="hostile"]')!;
    expect(
      within(row as HTMLElement)
        .getByText("Evil Daily")
        .closest("a"),
    ).toBeNull();
  });
});

describe("what an amount measures", () => {
  const row = (id: string) => document.querySelector(`tr[data-event-id="${id}"]`) as HTMLElement;

  it("shows each amount in the table with what it measures", () => {
    render(<Harness initial={{ region: "CN-GZ" }} />);
    // Guiyang's SOEs sell 82.65% of Guiyang Industrial Investment for 100.00亿元 = 10 bn (agreed price).
    expect(row("gz-guiyang-gongtou-stake-to-province-2025-12").querySelector("td.amount")!.textContent).toBe(
      "10 bn CNY (sale price)",
    );
    // A 25% stake offered at a 501.2万元 floor: an asking price, not a sale.
    expect(row("gz-gaosu-mining-25pct-listing-2025-07").querySelector("td.amount")!.textContent).toBe(
      "5.012 mn CNY (asking price, outcome unknown)",
    );
    // Every amount on screen carries a measure; no row without an amount shows one.
    for (const tr of document.querySelectorAll<HTMLElement>("tr[data-event-id]")) {
      const e = events.find((x) => x.id === tr.dataset.eventId)!;
      const cell = tr.querySelector("td.amount")!.textContent!;
      if (e.amountBn === null) expect(cell).toBe("—");
      // Under a billion in millions, with every recorded digit: 0.005012 bn reads "5.012 mn CNY".
      else if (e.amountBn < 1) expect(cell, e.id).toMatch(/^[\d.,]+ mn CNY \(.+\)$/);
      else expect(cell, e.id).toMatch(/^[\d.,]+ bn CNY \(.+\)$/);
    }
    expect(screen.getByText(/never add them up/).id).toBe("events-amount-note");
  });

  it("says in the record when a mining right is not an asset sale and which totals it is part of", () => {
    const id = "gs-mining-rights-2022-269-rights-38bn";
    const e = events.find((x) => x.id === id)!;
    render(<Harness initial={{ region: "CN-GS", event: id }} />);
    const detail = screen.getByRole("article", { name: `Event: ${e.titleEn}` });
    expect(detail.textContent).toContain("38.012 bn CNY (mining-right income, total), as recorded.");
    expect(detail.textContent).toContain("not a sale of existing state assets");
    const overlaps = within(detail).getByText(/Overlaps with, so never add the two/);
    const total = events.find((x) => x.id === "gs-mining-rights-sales-2021-2025")!;
    expect(overlaps.textContent).toContain(total.titleEn);
  });

  it("shows the measure in the province panel's list", () => {
    render(<Harness initial={{ view: "map", region: "CN-QH" }} panel="CN-QH" />);
    const item = document.querySelector('li[data-event-id="qh-sct-xining-steel-shares-for-debt-2025-11"]')!;
    expect(item.querySelector(".event-amount")!.textContent).toBe("576 mn CNY (debt settled with assets, not cash)");
  });
});

describe("a source check's verdict beside the source", () => {
  const row = (id: string) => document.querySelector(`tr[data-event-id="${id}"]`) as HTMLElement;

  it("marks a single weak source and a partly confirmed one, and leaves the rest alone", () => {
    render(<Harness initial={{ region: "CN-NM" }} />);
    // Wuhai's 2024 pledge: known only from the Epoch Times.
    expect(row("nm-wuhai-2024-work-report").querySelector(".source-strength")!.textContent).toBe(
      " (single weak source: a repost, mirror, AI summary or the like)",
    );
    for (const e of events.filter((x) => x.provinceAdcode === "150000")) {
      const verdict = row(e.id).querySelector(".source-strength");
      expect(verdict?.getAttribute("data-strength") ?? null, e.id).toBe(e.sourceStrength);
    }
  });

  it("says it in the record and in the province panel too", async () => {
    const user = userEvent.setup();
    const id = "gz-moutai-4pct-transfer-2019"; // The Business Times confirms the transfer, not the value
    render(<Harness initial={{ region: "CN-GZ", event: id }} />);
    const e = events.find((x) => x.id === id)!;
    expect(screen.getByRole("article", { name: `Event: ${e.titleEn}` }).textContent).toContain(
      "(partly confirmed: some details rest on a weaker source)",
    );
    cleanup();
    render(<Harness initial={{ view: "map", region: "CN-GZ" }} panel="CN-GZ" />);
    const item = document.querySelector(`li[data-event-id="${id}"]`) as HTMLElement;
    await user.click(within(item).getByRole("button", { name: e.titleEn }));
    expect(item.querySelector(".event-source")!.textContent).toContain("(partly confirmed");
  });
});

describe("the province panel's events", () => {
  const gansuEvents = events.filter((e) => e.provinceAdcode === gansu);

  it("picks a period's span from the list, shows only the events overlapping it, and clears with Show all", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ view: "map", region: "CN-GS" }} panel="CN-GS" />);
    expect(panelIds()).toHaveLength(gansuEvents.length);
    await user.selectOptions(screen.getByRole("combobox", { name: /Events in/ }), "2024");
    expect(url()).toContain("from=2024&to=2024");
    const in2024 = gansuEvents.filter((e) => e.date?.startsWith("2024")).map((e) => e.id);
    expect(panelIds().sort()).toEqual(in2024.sort());
    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(url()).not.toContain("from=");
    expect(panelIds()).toHaveLength(gansuEvents.length);
  });

  it("selects an event and links to the Events view filtered to the province", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ view: "map", region: "CN-GS" }} panel="CN-GS" />);
    await user.click(screen.getByRole("button", { name: gansuEvents[0].titleEn }));
    expect(url()).toContain(`ev=${gansuEvents[0].id}`);
    await user.click(screen.getByRole("button", { name: /events in the Events view/ }));
    expect(url()).toMatch(/^\?v=2&view=events&r=CN-GS/);
  });
});
