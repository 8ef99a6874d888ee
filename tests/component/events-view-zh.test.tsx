// @vitest-environment jsdom
/** The Events view and the province panel's events for a Chinese reader, on the real events. */
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { EventsView } from "../../src/features/events/EventsView";
import { EventsList } from "../../src/features/region/EventsList";
import { LangProvider } from "../../src/i18n/context";
import { bnToYi } from "../../src/ui/format";
import { DEFAULT_VIEW, serialiseView, type ViewState } from "../../src/state/view-state";
import { realEvents, realIndex } from "../support/real-data";

const index = realIndex();
const events = realEvents();
afterEach(cleanup);

function Harness({
  initial = {},
  panel,
  lang = "zh",
}: {
  initial?: Partial<ViewState>;
  panel?: string;
  lang?: "en" | "zh";
}) {
  const [client] = useState(() => {
    const c = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    c.setQueryData(["events"], events);
    return c;
  });
  const [view, setViewState] = useState<ViewState>({ ...DEFAULT_VIEW, view: "events", ...initial });
  const setView = (next: Partial<ViewState>) => setViewState((v) => ({ ...v, ...next }));
  const province = panel ? index.provinceByIso.get(panel)! : null;
  return (
    <LangProvider lang={lang}>
      <QueryClientProvider client={client}>
        {province ? (
          <EventsList
            adcode={province.adcode}
            name={province.nameZh}
            index={index}
            iso={province.iso}
            view={view}
            setView={setView}
          />
        ) : (
          <EventsView index={index} view={view} setView={setView} />
        )}
        <code data-testid="url">{serialiseView(view)}</code>
      </QueryClientProvider>
    </LangProvider>
  );
}
const HAN = /\p{Script=Han}/u;
const url = () => screen.getByTestId("url").textContent ?? "";
const rowIds = () => [...document.querySelectorAll("tr[data-event-id]")].map((r) => r.getAttribute("data-event-id"));
const row = (id: string) => document.querySelector(`tr[data-event-id="${id}"]`) as HTMLElement;

/**
 * The interface's own words in an element, as text and in aria-label / title attributes: without
 * the data shown as written (marked lang="en"), the events' titles and summaries (whose Chinese
 * keeps some names in English, and which labels and tooltips quote), the test harness, and
 * file-format names. What is left should not be English.
 */
function interfaceEnglish(root: Element): string[] {
  const clone = root.cloneNode(true) as Element;
  clone.querySelectorAll('[lang="en"], [data-testid]').forEach((el) => el.remove());
  const labels = [...clone.querySelectorAll("[aria-label], [title], title")].map((el) =>
    [el.getAttribute("aria-label"), el.getAttribute("title"), el.tagName === "title" ? el.textContent : null].join(" "),
  );
  clone.querySelectorAll("title").forEach((el) => el.remove());
  let text = [clone.textContent, ...labels].join("\n");
  for (const e of events)
    for (const written of [e.titleZh, e.summaryZh, e.titleEn]) text = text.split(written).join(" ");
  // File formats and the product they open in are names, not words to translate.
  return text.replace(/\b(PNG|SVG|CSV|PowerPoint|pptx)\b/g, "").match(/[A-Za-z]{3,}/g) ?? [];
}

describe("the Events view in Chinese", () => {
  it("speaks Chinese: heading, filters, count, table headers; titles and summaries in Chinese, marked zh-CN", () => {
    const { container } = render(<Harness />);
    expect(screen.getByRole("heading", { level: 2, name: "事件" })).toBeTruthy();
    expect(screen.getByRole("search", { name: "筛选事件" })).toBeTruthy();
    expect(screen.getByText(`${events.length}条事件中的${events.length}条`)).toBeTruthy();
    for (const name of ["日期", "地点", "类别", "金额", "事件", "来源"])
      expect(screen.getByRole("columnheader", { name })).toBeTruthy();
    // Every title and summary in the team's Chinese (checked against the source), marked as Chinese.
    const first = events.find((e) => e.date)!;
    expect(within(row(first.id)).getByRole("button", { name: first.titleZh }).getAttribute("lang")).toBe("zh-CN");
    expect(row(first.id).querySelector(".event-summary")!.textContent).toBe(first.summaryZh);
    expect(row(first.id).querySelector(".event-summary")!.getAttribute("lang")).toBe("zh-CN");
    expect(container.querySelectorAll("button.event-pick")).toHaveLength(events.length);
    expect(within(container).queryByText(first.titleEn)).toBeNull();
    expect(interfaceEnglish(container)).toEqual([]);
  });

  it("shows dates as 年月日, amounts in 亿元 and places by their Chinese names", () => {
    render(<Harness />);
    const day = events.find((e) => e.precision === "day" && e.amountBn !== null)!;
    const cells = within(row(day.id));
    const [y, m, d] = day.date!.split("-").map(Number);
    expect(row(day.id).querySelector("time")!.textContent).toBe(`${y}年${m}月${d}日`);
    expect(row(day.id).querySelector("time")!.getAttribute("dateTime")).toBe(day.date);
    // The amount in 亿元, then what it measures in full-width brackets.
    expect(row(day.id).querySelector("td.amount")!.textContent).toMatch(
      new RegExp(`^${bnToYi(day.amountBn!)}亿元（\\p{Script=Han}.*）$`, "u"),
    );
    expect(cells.getByText(day.placeZh)).toBeTruthy();
    expect(cells.queryByText(day.placeEn)).toBeNull();
  });

  it("says what each amount measures, in Chinese, in the table, the record and the province panel", async () => {
    const user = userEvent.setup();
    // Guiyang's SOEs sell 82.65% of Guiyang Industrial Investment for 100.00亿元 (an agreed price).
    const guiyang = "gz-guiyang-gongtou-stake-to-province-2025-12";
    render(<Harness initial={{ region: "CN-GZ" }} />);
    expect(row(guiyang).querySelector("td.amount")!.textContent).toBe("100亿元（成交价格）");
    // A mining right: the record says it is not a sale of existing assets, and names the total it is part of.
    cleanup();
    render(<Harness initial={{ region: "CN-NM", event: "nm-hadatu-coalfield-right-13-9bn" }} />);
    const hadatu = events.find((e) => e.id === "nm-hadatu-coalfield-right-13-9bn")!;
    const total = events.find((e) => e.id === "nm-92-mining-rights-22bn-since-2024")!;
    const detail = screen.getByRole("article", { name: `事件：${hadatu.titleZh}` });
    expect(detail.textContent).toContain("138.62亿元（矿业权成交价），按原始记录。");
    expect(detail.textContent).toContain("并非出售既有国有资产");
    expect(within(detail).getByText(/不可相加/).textContent).toContain(total.titleZh);
    cleanup();
    render(<Harness initial={{ view: "map", region: "CN-QH" }} panel="CN-QH" />);
    const shares = document.querySelector('li[data-event-id="qh-sct-xining-steel-shares-for-debt-2025-11"]')!;
    expect(shares.querySelector(".event-amount")!.textContent).toBe("5.76亿元（以资抵债，非现金）");
    await user.click(within(shares as HTMLElement).getByRole("button"));
    expect(interfaceEnglish(document.body)).toEqual([]);
  });

  it("says in Chinese beside a source that it is a single weak source", () => {
    render(<Harness initial={{ region: "CN-NM" }} />);
    const source = row("nm-wuhai-2024-work-report").querySelector(".source-strength")!;
    expect(source.textContent).toBe("（单一弱来源：转载、镜像、AI摘要之类）");
  });

  it("toggles a kind by its Chinese name and lists provinces in Chinese", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("button", { name: /^政策 \d+$/ }));
    expect(url()).toBe("?v=2&view=events&ek=policy");
    const province = screen.getByRole("combobox", { name: "省份" });
    expect(within(province).getByRole("option", { name: "全部省份及全国" })).toBeTruthy();
    const gansu = index.provinceByIso.get("CN-GS")!;
    await user.selectOptions(
      province,
      within(province).getByRole("option", { name: new RegExp(`^${gansu.nameZh}（\\d+）$`) }),
    );
    expect(url()).toContain("r=CN-GS");
  });

  it("finds the same events by a place's Chinese name as by its English one", async () => {
    const user = userEvent.setup();
    const place = events.find((e) => e.scope === "prefecture" && e.placeZh && e.placeEn)!;
    render(<Harness />);
    const box = screen.getByRole("searchbox", { name: "搜索" });
    await user.type(box, place.placeEn);
    const byEnglish = rowIds();
    await user.clear(box);
    await user.type(box, place.placeZh);
    expect(rowIds()).toContain(place.id);
    expect(rowIds()).toEqual(expect.arrayContaining(byEnglish));
  });

  it("refuses a bad date in Chinese", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole("textbox", { name: "起始日期" }), "2023-13{Enter}");
    expect(screen.getByRole("alert").textContent).toContain("请使用");
    expect(url()).toBe("?v=2&view=events");
  });

  it("shows an event's record in Chinese, its quote marked with the language it is in", async () => {
    const user = userEvent.setup();
    const gansu = index.provinceByIso.get("CN-GS")!;
    const e = events.find((x) => x.quote && !HAN.test(x.quote) && x.dateBasis && x.provinceAdcode === gansu.adcode)!;
    render(<Harness initial={{ region: "CN-GS" }} />);
    await user.click(screen.getByRole("button", { name: e.titleZh }));
    const detail = screen.getByRole("article", { name: `事件：${e.titleZh}` });
    expect(within(detail).getByText("在图表上")).toBeTruthy();
    expect(within(detail).getByRole("button", { name: `在地图上查看${gansu.nameZh}及其图表` })).toBeTruthy();
    const quote = detail.querySelector("blockquote")!;
    expect(quote.textContent).toBe(e.quote);
    expect(quote.getAttribute("lang")).toBe("en");
    expect(interfaceEnglish(detail)).toEqual([]);
  });

  it("says in Chinese when a province has no events", () => {
    const quiet = index.covered.find((p) => !events.some((e) => e.provinceAdcode === p.adcode))!;
    render(<Harness initial={{ region: quiet.iso }} />);
    expect(screen.getByText(`数据中没有${quiet.nameZh}的事件记录。`)).toBeTruthy();
  });
});

describe("data text on an English page", () => {
  it("marks a Chinese quote and the Chinese place name as zh-CN", () => {
    const e = events.find((x) => x.date && x.quote && HAN.test(x.quote) && !/[A-Za-z]/.test(x.quote))!;
    render(<Harness initial={{ event: e.id }} lang="en" />);
    const detail = screen.getByRole("article", { name: `Event: ${e.titleEn}` });
    expect(detail.querySelector("blockquote")!.getAttribute("lang")).toBe("zh-CN");
    expect(within(row(e.id)).getByText(e.placeZh).getAttribute("lang")).toBe("zh-CN");
    // The English title, marked with the language it is in (the data holds it in both).
    expect(within(row(e.id)).getByRole("button", { name: e.titleEn }).getAttribute("lang")).toBe("en");
  });
});

describe("the province panel's events in Chinese", () => {
  it("picks a period from a Chinese list and says the count in Chinese", async () => {
    const user = userEvent.setup();
    const gansu = index.provinceByIso.get("CN-GS")!;
    const total = events.filter((e) => e.provinceAdcode === gansu.adcode).length;
    render(<Harness initial={{ view: "map", region: "CN-GS" }} panel="CN-GS" />);
    const select = screen.getByRole("combobox", { name: /事件时期/ });
    expect(within(select).getByRole("option", { name: "全部时期" })).toBeTruthy();
    expect(within(select).getByRole("option", { name: /^2025年6月：2025年1月–2025年6月$/ })).toBeTruthy();
    await user.selectOptions(select, "2024");
    expect(url()).toContain("from=2024&to=2024");
    expect(screen.getByText(new RegExp(`^${total}条事件中的\\d+条`))).toBeTruthy();
    expect(screen.getByRole("button", { name: "显示全部" })).toBeTruthy();
  });
});

describe("each reader's language for an event's title and summary (events.csv title_zh, summary_zh)", () => {
  // The Chinese is the team's, checked against the source; the quote is the source's own and never translated.
  const e = events.find((x) => x.id === "gz-moutai-4pct-transfer-2019")!;

  it("the Events view's record: Chinese for a Chinese reader, marked zh-CN; the quote as written", () => {
    render(<Harness initial={{ region: "CN-GZ", event: e.id }} />);
    const detail = screen.getByRole("article", { name: `事件：${e.titleZh}` });
    const heading = within(detail).getByRole("heading", { level: 3 });
    expect([heading.textContent, heading.getAttribute("lang")]).toEqual([e.titleZh, "zh-CN"]);
    const summary = within(detail).getByText(e.summaryZh);
    expect(summary.getAttribute("lang")).toBe("zh-CN");
    expect(detail.textContent).not.toContain(e.titleEn);
    expect(detail.textContent).not.toContain(e.summaryEn);
    const quote = detail.querySelector("blockquote")!;
    expect([quote.textContent, quote.getAttribute("lang")]).toEqual([e.quote, "en"]);
  });

  it("the Events view's record: English for an English reader, marked en; the same quote", () => {
    render(<Harness initial={{ region: "CN-GZ", event: e.id }} lang="en" />);
    const detail = screen.getByRole("article", { name: `Event: ${e.titleEn}` });
    const heading = within(detail).getByRole("heading", { level: 3 });
    expect([heading.textContent, heading.getAttribute("lang")]).toEqual([e.titleEn, "en"]);
    expect(within(detail).getByText(e.summaryEn).getAttribute("lang")).toBe("en");
    expect(detail.textContent).not.toContain(e.titleZh);
    expect(detail.querySelector("blockquote")!.textContent).toBe(e.quote);
    // An English quote needs no mark on an English page.
    expect(detail.querySelector("blockquote")!.hasAttribute("lang")).toBe(false);
  });

  it("the province panel's list: each reader's title, and the summary once an event is opened", async () => {
    const user = userEvent.setup();
    const guizhou = events.filter((x) => x.provinceAdcode === "520000");
    render(<Harness initial={{ view: "map", region: "CN-GZ" }} panel="CN-GZ" />);
    for (const x of guizhou) {
      const title = document.querySelector(`li[data-event-id="${x.id}"] .event-title`)!;
      expect([title.textContent, title.getAttribute("lang")]).toEqual([x.titleZh, "zh-CN"]);
    }
    const item = document.querySelector(`li[data-event-id="${e.id}"]`) as HTMLElement;
    await user.click(within(item).getByRole("button", { name: e.titleZh }));
    expect(within(item).getByText(e.summaryZh).getAttribute("lang")).toBe("zh-CN");
    expect(item.querySelector("blockquote")!.textContent).toBe(e.quote);
    cleanup();
    render(<Harness initial={{ view: "map", region: "CN-GZ" }} panel="CN-GZ" lang="en" />);
    for (const x of guizhou) {
      const title = document.querySelector(`li[data-event-id="${x.id}"] .event-title`)!;
      expect([title.textContent, title.getAttribute("lang")]).toEqual([x.titleEn, "en"]);
    }
  });

  it("finds an event by its Chinese title and by its English one, whichever the page speaks", async () => {
    const user = userEvent.setup();
    for (const lang of ["zh", "en"] as const) {
      render(<Harness lang={lang} />);
      const box = screen.getByRole("searchbox");
      await user.type(box, "茅台集团将贵州茅台4%股份");
      expect(rowIds()).toContain(e.id);
      await user.clear(box);
      await user.type(box, "Moutai Group transfers");
      expect(rowIds()).toContain(e.id);
      cleanup();
    }
  });
});
