/**
 * The Events view's export: the CSV of every event its filters select, in the order shown, with the
 * date's precision, place, amount with what it measures (and the events whose amounts overlap it),
 * and source; the title and summary in the export's language (the data holds both), the quote,
 * date basis and notes as written; and what the timeline image adds: the event kinds' legend and a
 * source line with the events' years.
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import type { EventRecord } from "../../../../data/atlas-types";
import { EVENT_KINDS } from "../../../../data/event-kinds";
import { eventKindLabel, provinceName } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import { eventSummary, eventTitle } from "../../../../i18n/data-lang";
import { csvHeaders, exportRunMessages } from "../../run-messages";
import type { ChartParts, CsvTable, ExportContext, Palette } from "../export-context";
import { amountIn } from "./cells";

/** The Events view's table: every selected event with its date precision, place, amount and source. */
export function eventsCsv(index: AtlasIndex, events: readonly EventRecord[], lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const amount = amountIn(lang);
  const header = [...csvHeaders[lang].events];
  const rows = events.map((e) => {
    const province = e.provinceAdcode ? index.provinceByAdcode.get(e.provinceAdcode) : undefined;
    return [
      e.id,
      e.date,
      t.eventPrecisionCell(e.precision),
      e.dateBasis,
      t.eventScopeCell(e.scope),
      province?.iso ?? "",
      province ? provinceName(province, lang) : "",
      e.placeEn,
      e.placeZh,
      t.eventKindCell(e.kind),
      eventTitle(e, lang).text,
      eventSummary(e, lang).text,
      amount(e.amountBn),
      t.eventMeasureCell(e.amountMeasure),
      e.amountOverlaps.join(";"),
      e.sourceName,
      e.sourceDate,
      e.sourceUrl,
      t.strengthCell(e.sourceStrength),
      e.quote,
      e.notes,
    ];
  });
  return { header, rows };
}

export function eventsChartParts(ctx: ExportContext, palette: Palette): ChartParts {
  const years = eventYears(ctx.events ?? []);
  return {
    legend: EVENT_KINDS.map((kind) => ({
      label: eventKindLabel(kind, ctx.lang),
      swatch: { kind: "fill", colour: palette.eventKinds?.[kind] ?? palette.general },
    })),
    sourceLine: exportRunMessages[ctx.lang].eventsSource(
      ctx.events?.length ?? 0,
      years?.[0] ?? null,
      years?.[1] ?? null,
    ),
  };
}

/** The first and last year the events are dated in; null when none is dated. */
function eventYears(events: readonly EventRecord[]): [string, string] | null {
  const years = events
    .map((e) => e.date?.slice(0, 4))
    .filter((y): y is string => !!y)
    .sort();
  return years.length ? [years[0], years[years.length - 1]] : null;
}
