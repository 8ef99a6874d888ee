/**
 * The Compare view's export: the ranked table of all 31 provinces as the view computes it
 * (compare/lib/ranked-table.ts), with whether each is on the chart, units and sources; and what its
 * chart image adds: one legend entry per chosen province, in the chart's own series colours.
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import { keyStatusAt } from "../../../../data/key-regions";
import { isAmount, isLgfv } from "../../../../data/metrics";
import { periodById } from "../../../../data/periods";
import { metricInfo, provinceName } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import type { ViewState } from "../../../../state/view-state";
import { keyStatusCell } from "../../../../ui/key-status";
import { seriesStyle } from "../../../compare/lib/palette";
import { tableRows } from "../../../compare/lib/ranked-table";
import { csvHeaders, exportRunMessages } from "../../run-messages";
import type { ChartParts, CsvTable, ExportContext } from "../export-context";
import { metricIn, unique, valueColumn } from "./cells";

/** The Compare view's ranked table: all 31, whether each is on the chart, with units and sources. */
export function compareCsv(index: AtlasIndex, view: ViewState, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const metric = metricInfo(view.metric, lang);
  const value = metricIn(view.metric, lang);
  const date = periodById(view.period)?.date ?? view.period;
  const header = csvHeaders[lang].compare(valueColumn(view.metric, lang));
  // The rows' reasons in the reader's language; the two name columns stay English and Chinese.
  const rows = tableRows(index, view.metric, view.period, view.changeBase, lang).map((r) => [
    r.rank,
    r.iso,
    r.nameEn,
    r.nameZh,
    t.metricCell(metric.id, metric.label),
    metric.unit,
    view.period,
    r.value.ok ? value(r.value.value) : null,
    view.changeBase,
    r.base.ok ? value(r.base.value) : null,
    r.change.ok ? r.change.value : null,
    r.change.ok ? t.changeUnit(r.change.unit) : "",
    keyStatusCell(keyStatusAt(index.data.keyRegions, r.adcode, date), lang),
    view.compare.includes(r.iso) ? t.yes : t.no,
    !r.value.ok
      ? t.noDataCell(r.value.reason)
      : !r.change.ok
        ? t.noChangeCell(r.change.reason)
        : r.value.provisional
          ? t.provisional
          : isLgfv(view.metric)
            ? t.estimateCell
            : "",
    unique([...r.value.citations, ...r.base.citations].map((c) => c.label)).join("; "),
  ]);
  return { header, rows };
}

export function compareChartParts(ctx: ExportContext): ChartParts {
  const { index, view, lang } = ctx;
  const nameOf = (iso: string) => {
    const p = index.provinceByIso.get(iso);
    return p ? provinceName(p, lang) : iso;
  };
  return {
    legend: view.compare.map((iso, k) => ({
      label: nameOf(iso),
      swatch: { kind: "fill", colour: seriesStyle(iso, k, view.compare.length, null).colour },
    })),
    sourceLine: exportRunMessages[lang].compareSource(isLgfv(view.metric), !isAmount(view.metric)),
  };
}
