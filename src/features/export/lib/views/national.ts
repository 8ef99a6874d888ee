/**
 * The national picture's export: the CSV of the national balance by period with its source (and a
 * source check's verdict on it), the key regions' and all provinces' totals and the key regions'
 * share, and what its chart image adds (the two series' legend and the source line).
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import { nationalSeries } from "../../../../data/series";
import type { Lang } from "../../../../i18n/lang";
import { csvHeaders, exportRunMessages } from "../../run-messages";
import type { ChartParts, CsvTable, ExportContext, Palette } from "../export-context";
import { amountIn } from "./cells";

export function nationalCsv(index: AtlasIndex, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const amount = amountIn(lang);
  const header = [...csvHeaders[lang].national];
  const rows = nationalSeries(index).map((p) => [
    p.period,
    amount(p.national?.value),
    p.national?.sourceName ?? "",
    p.national?.sourceDate ?? "",
    p.national?.sourceUrl ?? "",
    t.strengthCell(p.national?.sourceStrength ?? null),
    amount(p.keyTotal),
    amount(p.provincesTotal),
    p.keyShare,
    p.keyBasis === "members" ? t.keyMembers(p.keyCount) : t.keyLaterListed,
  ]);
  return { header, rows };
}

export function nationalChartParts(ctx: ExportContext, palette: Palette): ChartParts {
  const t = exportRunMessages[ctx.lang];
  return {
    legend: [
      { label: t.nationalBalance, swatch: { kind: "fill", colour: palette.general } },
      { label: t.keyShare, swatch: { kind: "fill", colour: palette.key } },
    ],
    sourceLine: t.nationalSource,
  };
}
