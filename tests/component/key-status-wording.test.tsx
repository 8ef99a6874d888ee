// @vitest-environment jsdom
/**
 * A province's key-region status is worded once (ui/key-status.ts): the map tooltip, the province
 * panel and the downloaded Compare table say the same words for the same province and date, in
 * both languages. Before, the table said the list was "制定" (formulated) where the tooltip said
 * "首次划定" (first drawn); the list was drawn in Sept 2023 (key_regions.csv), so every place now
 * says "first drawn" / "首次划定".
 */
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, within } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MapTooltip } from "../../src/features/map/MapTooltip";
import { buildMapModel } from "../../src/features/map/lib/map-model";
import { RegionPanel } from "../../src/features/region/RegionPanel";
import { csvFor } from "../../src/features/export/lib/view-export";
import { scaleFor } from "../../src/data/scale";
import { LangProvider } from "../../src/i18n/context";
import type { Lang } from "../../src/i18n/lang";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { realEvents, realIndex } from "../support/real-data";

const index = realIndex();
const events = realEvents();
afterEach(cleanup);

function renderIn(lang: Lang, ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(["events"], events);
  return render(
    <LangProvider lang={lang}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </LangProvider>,
  );
}

function tooltipText(lang: Lang, adcode: string, period: string): string {
  const model = buildMapModel(index, scaleFor(index, "balance"), "balance", period, lang);
  const { container } = renderIn(
    lang,
    <MapTooltip
      cell={model.cells.get(adcode)!}
      model={model}
      metric="balance"
      x={0}
      y={0}
      flipX={false}
      flipY={false}
      periodLabel={period}
    />,
  );
  const text = container.textContent ?? "";
  cleanup();
  return text;
}

function panelStatus(lang: Lang, adcode: string, period: string): string {
  const { container } = renderIn(
    lang,
    <RegionPanel index={index} adcode={adcode} periodId={period} onClose={() => {}} />,
  );
  const section = container.querySelector<HTMLElement>("section.key-status")!;
  const text = within(section).getAllByText(/./, { selector: "p" })[0].textContent ?? "";
  cleanup();
  return text;
}

/** The key-region cell of the downloaded Compare CSV (the same column in both languages). */
function exportCell(lang: Lang, iso: string, period: string): unknown {
  const ctx = (l: Lang) => ({
    index,
    view: { ...DEFAULT_VIEW, view: "compare" as const, period, compare: [iso] },
    subject: "compare" as const,
    theme: "light" as const,
    transparent: false,
    permalink: "https://example.org/?v=2",
    events,
    lang: l,
  });
  const column = csvFor(ctx("en")).header.indexOf("key_high_debt_region");
  const table = csvFor(ctx(lang));
  return table.rows.find((r) => r[1] === iso)![column];
}

// sentence: the tooltip and the panel; cell: the table (short where the column header says "Key region").
const CASES: { lang: Lang; period: string; adcode: string; iso: string; sentence: string; cell: string }[] = [
  {
    lang: "en",
    period: "2020",
    adcode: "520000",
    iso: "CN-GZ",
    sentence: "No key-region list yet (first drawn Sep 2023)",
    cell: "No key-region list yet (first drawn Sep 2023)",
  },
  {
    lang: "zh",
    period: "2020",
    adcode: "520000",
    iso: "CN-GZ",
    sentence: "重点省份名单尚未出台（2023年9月首次划定）",
    cell: "重点省份名单尚未出台（2023年9月首次划定）",
  },
  {
    lang: "en",
    period: "2024",
    adcode: "520000",
    iso: "CN-GZ",
    sentence: "Key high-debt region (listed Sep 2023)",
    cell: "Key region",
  },
  {
    lang: "zh",
    period: "2024",
    adcode: "520000",
    iso: "CN-GZ",
    sentence: "重点省份（2023年9月列入）",
    cell: "重点省份",
  },
  {
    lang: "en",
    period: "2025",
    adcode: "150000",
    iso: "CN-NM",
    sentence: "Former key region: exited Aug 2025",
    cell: "Exited Aug 2025",
  },
  {
    lang: "zh",
    period: "2025",
    adcode: "150000",
    iso: "CN-NM",
    sentence: "已于2025年8月退出重点省份名单",
    cell: "2025年8月退出",
  },
  { lang: "en", period: "2024", adcode: "110000", iso: "CN-BJ", sentence: "Not a key high-debt region", cell: "No" },
  { lang: "zh", period: "2024", adcode: "110000", iso: "CN-BJ", sentence: "非重点省份", cell: "否" },
];

describe("one wording of a province's key-region status", () => {
  it.each(CASES)("$lang, $iso at $period: the tooltip and the panel say “$sentence”, the table “$cell”", (c) => {
    expect(tooltipText(c.lang, c.adcode, c.period)).toContain(c.sentence);
    expect(panelStatus(c.lang, c.adcode, c.period)).toBe(c.sentence);
    expect(exportCell(c.lang, c.iso, c.period)).toBe(c.cell);
  });

  it.each(["en", "zh"] as const)(
    "before the list existed, tooltip, panel and table say the same words (%s)",
    (lang) => {
      const panel = panelStatus(lang, "520000", "2020");
      expect(tooltipText(lang, "520000", "2020")).toContain(panel);
      expect(exportCell(lang, "CN-GZ", "2020")).toBe(panel);
      expect(panel).toMatch(lang === "zh" ? /首次划定）$/ : /\(first drawn Sep 2023\)$/);
      expect(panel).not.toContain("制定");
    },
  );
});
