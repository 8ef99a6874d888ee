/**
 * The province panel's export: the CSV of the province's balance series (general, special, total,
 * limit, status, scope, sources) and what its chart image adds: the bar legend and a source line
 * with the period's first caveat (whole-province sums, XPCC and so on, data/caveats.ts).
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import { balanceCaveats } from "../../../../data/caveats";
import { PERIODS } from "../../../../data/periods";
import { periodLabel, provinceBalanceSeries } from "../../../../data/series";
import { provinceName } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import { localText } from "../../../../i18n/data-lang";
import type { ViewState } from "../../../../state/view-state";
import { csvHeaders, exportRunMessages } from "../../run-messages";
import type { ChartParts, CsvTable, ExportContext, Palette } from "../export-context";
import { amountIn, unique } from "./cells";

export function regionCsv(index: AtlasIndex, view: ViewState, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const province = view.region ? index.provinceByIso.get(view.region) : undefined;
  if (!province) return { header: [csvHeaders[lang].region[2]], rows: [] };
  const amount = amountIn(lang);
  const header = [...csvHeaders[lang].region];
  const rows = provinceBalanceSeries(index, province.adcode).map((p) => {
    const b = index.balance(province.adcode, p.period);
    return [
      province.iso,
      provinceName(province, lang),
      p.period,
      amount(p.general),
      amount(p.special),
      amount(p.total),
      amount(p.limit),
      p.total === null ? t.notInData : p.provisional ? t.provisional : "",
      // The scope is the source's wording (data), as written.
      b ? b.scope : "",
      // Each source's short label in the export's language where the data has it (as on the map CSV).
      b
        ? unique(
            b.sources.map((s) => localText(index.data.sources[s].label, index.data.sources[s].labelZh, lang).text),
          ).join("; ")
        : "",
    ];
  });
  return { header, rows };
}

export function regionChartParts(ctx: ExportContext, palette: Palette): ChartParts {
  const t = exportRunMessages[ctx.lang];
  const fill = (colour: string) => ({ kind: "fill" as const, colour });
  const province = ctx.view.region ? ctx.index.provinceByIso.get(ctx.view.region) : undefined;
  // The first period drawn light (a mid-year, preliminary or month-end figure), as the chart labels it.
  const provisional = PERIODS.find((p) => p.kind !== "year_end");
  const firstProvisional = provisional ? periodLabel(provisional, ctx.lang) : "";
  // The chart draws every period: the caveats of any of them (2015–2017's local statistics among them).
  const caveats = province
    ? unique(
        provinceBalanceSeries(ctx.index, province.adcode).flatMap((q) =>
          balanceCaveats(ctx.index.balance(province.adcode, q.period), ctx.lang),
        ),
      )
    : [];
  return {
    legend: [
      { label: t.general, swatch: fill(palette.general) },
      { label: t.special, swatch: fill(palette.special) },
      { label: t.limit, swatch: fill(palette.limit) },
      { label: t.provisionalBars(firstProvisional), swatch: fill(palette.special) },
    ],
    sourceLine: t.regionSource(caveats.join(" ")),
  };
}
