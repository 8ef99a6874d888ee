/**
 * Turns validated rows into the model the app loads (atlas-types.ts). The only arithmetic here is
 * the data's own convention for whole-province figures (data/README.md): a province's reported
 * components plus those of its separately listed city, or of the XPCC for Xinjiang. Pure: no I/O.
 */
import type {
  AtlasData,
  BalanceFigure,
  EventRecord,
  KeyRegionRecord,
  LgfvFigure,
  MacroFigure,
  SourceRef,
} from "./atlas-types";
import { periodByDate } from "./periods";
import type { ValidatedRows } from "./validate";

const num = (s: string): number | null => (s === "" ? null : Number(s));
const flags = (s: string): string[] => (s === "" ? [] : s.split(";").map((f) => f.trim()).filter(Boolean));

function sumOrNull(values: (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  // Round to the data's own precision (4 decimals) so binary float noise never shows.
  return Math.round((values as number[]).reduce((a, b) => a + b, 0) * 1e4) / 1e4;
}

class SourceTable {
  readonly list: SourceRef[] = [];
  private readonly index = new Map<string, number>();
  constructor(
    private readonly labels: {
      match: string;
      label_en: string;
      label_zh: string;
      note: string;
      note_zh: string;
      licence: string;
    }[],
  ) {}

  ref(text: string): number {
    const seen = this.index.get(text);
    if (seen !== undefined) return seen;
    // First match wins, so data/source_labels.csv lists specific sources before general ones.
    const known = this.labels.find((l) => text.includes(l.match));
    this.list.push({
      text,
      label: known?.label_en ?? text.split(" (")[0].slice(0, 80),
      labelZh: known?.label_zh ?? "",
      note: known?.note ?? "",
      noteZh: known?.note_zh ?? "",
      licence: known?.licence ?? "",
    });
    this.index.set(text, this.list.length - 1);
    return this.list.length - 1;
  }
}

/** Provinces whose whole-province revenue must not come from the platform's province-only row. */
function listedCityParents(rows: ValidatedRows): Set<string> {
  return new Set(
    rows["debt_balance.csv"]
      .filter((r) => r.row.region_type.startsWith("separately_listed_city"))
      .map((r) => r.row.parent_adcode),
  );
}

function buildBalances(rows: ValidatedRows, sources: SourceTable): BalanceFigure[] {
  const debt = rows["debt_balance.csv"].map((r) => r.row).filter((r) => r.preferred === "true");
  const components = new Map<string, typeof debt>();
  for (const r of debt) {
    if (r.region_type === "province") continue;
    const key = `${r.parent_adcode}|${r.period}`;
    components.set(key, [...(components.get(key) ?? []), r]);
  }
  const out: BalanceFigure[] = [];
  for (const r of debt) {
    const period = periodByDate(r.period);
    if (r.region_type !== "province" || !period) continue;
    const parts = [r, ...(components.get(`${r.adcode}|${r.period}`) ?? [])];
    const derived = r.map_total_method.startsWith("DERIVED SUM");
    const whole = (pick: (x: (typeof parts)[number]) => string) =>
      derived ? sumOrNull(parts.map((p) => num(pick(p)))) : num(pick(r));
    out.push({
      adcode: r.adcode,
      period: period.id,
      total: num(r.map_total_bn_cny),
      general: whole((x) => x.general_bn_cny),
      special: whole((x) => x.special_bn_cny),
      limit: whole((x) => x.limit_bn_cny),
      scope: derived ? r.map_total_method : "as reported",
      status: r.value_status === "preliminary" ? "preliminary" : "reported",
      flags: [...new Set(parts.flatMap((p) => flags(p.qa_flags)))],
      sources: [...new Set(parts.map((p) => sources.ref(p.source)))],
      quote: r.quote,
    });
  }
  return out;
}

function buildMacro(rows: ValidatedRows, sources: SourceTable): MacroFigure[] {
  const cityParents = listedCityParents(rows);
  const all = rows["macro.csv"].map((r) => r.row);
  const alternatives = new Map<string, number>();
  for (const r of all) {
    if (r.preferred === "true") continue;
    const key = `${r.adcode}|${r.year}|${r.indicator}`;
    alternatives.set(key, (alternatives.get(key) ?? 0) + 1);
  }
  return all
    .filter((r) => r.preferred === "true" && r.adcode.endsWith("0000"))
    .map((r) => {
      const f = flags(r.qa_flags);
      // A platform "province" revenue row excludes the separately listed city (data/README.md §3),
      // so it cannot divide a whole-province balance. GDP is a territorial statistic and is whole.
      const provinceOnly =
        r.indicator === "general_public_budget_revenue" &&
        cityParents.has(r.adcode) &&
        (!r.scope.startsWith("whole") || f.includes("SCOPE_UNVERIFIED_CPC"));
      return {
        adcode: r.adcode,
        year: Number(r.year),
        indicator: r.indicator,
        value: Number(r.value_bn_cny),
        scope: r.scope,
        vintage: r.vintage,
        wholeProvince: !provinceOnly,
        flags: f,
        source: sources.ref(r.source),
        quote: r.quote,
        alternatives: alternatives.get(`${r.adcode}|${r.year}|${r.indicator}`) ?? 0,
      };
    });
}

/**
 * LGFV debt (lgfv.csv), each row as recorded with its source: no sum, no scope adjustment, and
 * nothing here touches the balances. A row whose date is not an atlas period is an error, not a
 * figure quietly dropped.
 */
function buildLgfv(rows: ValidatedRows, sources: SourceTable): LgfvFigure[] {
  return rows["lgfv.csv"].map(({ line, row }) => {
    const period = periodByDate(row.period);
    if (!period) throw new Error(`lgfv.csv:${line}: period ${row.period} is not a period the atlas shows`);
    return {
      adcode: row.adcode,
      period: period.id,
      value: Number(row.value_bn_cny),
      source: sources.ref(row.source),
      quote: row.quote,
    };
  });
}

function buildKeyRegions(rows: ValidatedRows): KeyRegionRecord[] {
  return rows["key_regions.csv"].map(({ row }) => ({
    adcode: row.province_adcode,
    nameEn: row.province_en,
    status: row.status,
    listedDate: row.listed_date,
    listedDocument: row.listed_document,
    listedDocumentZh: row.listed_document_zh,
    listedBasis: row.listed_date_basis,
    listedSource: {
      name: row.listed_source_name,
      date: row.listed_source_date,
      url: row.listed_source_url,
      quote: row.listed_quote,
      strength: row.listed_source_strength || null,
    },
    change:
      row.status_change_kind === ""
        ? null
        : {
            kind: row.status_change_kind,
            kindZh: row.status_change_kind_zh,
            isExit: /^exit/i.test(row.status_change_kind),
            date: row.status_change_date,
            precision: row.status_change_date_precision,
            source: {
              name: row.status_change_source_name,
              date: row.status_change_source_date,
              url: row.status_change_source_url,
              quote: row.status_change_quote,
              strength: row.status_change_source_strength || null,
            },
          },
    notes: row.notes,
  }));
}

export function buildEvents(rows: ValidatedRows): EventRecord[] {
  return rows["events.csv"].map(({ row }) => ({
    id: row.id,
    date: row.date || null,
    precision: (row.date_precision || null) as EventRecord["precision"],
    dateBasis: row.date_basis,
    scope: row.scope,
    provinceAdcode: row.province_adcode || null,
    placeZh: row.place_zh,
    placeEn: row.place_en,
    placeAdcode: row.place_adcode || null,
    kind: row.kind,
    titleEn: row.title_en,
    titleZh: row.title_zh,
    summaryEn: row.summary_en,
    summaryZh: row.summary_zh,
    amountBn: num(row.amount_bn_cny),
    amountMeasure: row.amount_measure || null,
    amountOverlaps: row.amount_overlaps === "" ? [] : row.amount_overlaps.split(";"),
    sourceName: row.source_name,
    sourceDate: row.source_date,
    sourceUrl: row.source_url,
    quote: row.quote,
    sourceStrength: row.source_strength || null,
    notes: row.notes,
  }));
}

/** The newest full date (YYYY-MM-DD) among the sources' publication dates. */
export function newestSourceDate(rows: ValidatedRows): string {
  const dates = [
    ...rows["national.csv"].map((r) => r.row.source_date),
    ...rows["events.csv"].map((r) => r.row.source_date),
    ...rows["key_regions.csv"].flatMap((r) => [r.row.listed_source_date, r.row.status_change_source_date]),
  ].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  return dates.sort().at(-1) ?? "";
}

export function buildModel(rows: ValidatedRows): AtlasData {
  const sources = new SourceTable(rows["source_labels.csv"].map((r) => r.row));
  const macroRegions = new Map(rows["macro_regions.csv"].map(({ row }) => [row.province_adcode, row.macro_region]));
  const firstMacro = rows["macro_regions.csv"][0]?.row;
  return {
    version: 1,
    dataAsOf: newestSourceDate(rows),
    provinces: rows["provinces.csv"].map(({ row }) => ({
      adcode: row.adcode,
      iso: row.iso_3166_2,
      nameEn: row.name_en,
      nameZh: row.name_zh,
      nameZhFull: row.name_zh_full,
      nameLatin: row.name_latin,
      inScope: row.in_scope === "true",
      macroRegion: macroRegions.get(row.adcode) ?? null,
    })),
    macroRegionSource: firstMacro ? { name: firstMacro.source_name, date: firstMacro.source_date, url: firstMacro.source_url } : null,
    balances: buildBalances(rows, sources),
    unreported: rows["debt_balance.csv"]
      .map((r) => r.row)
      .filter((r) => r.region_type === "province" && r.qa_flags.split(";").includes("NOT_IN_MONTHLY_TABLE_AT_FETCH"))
      .flatMap((r) => {
        const period = periodByDate(r.period);
        return period ? [{ adcode: r.adcode, period: period.id }] : [];
      }),
    macro: buildMacro(rows, sources),
    lgfv: buildLgfv(rows, sources),
    national: rows["national.csv"].map(({ row }) => ({
      series: row.series,
      period: row.period,
      precision: row.period_precision,
      value: Number(row.value_bn_cny),
      unit: row.unit,
      note: row.note,
      noteZh: row.note_zh,
      sourceName: row.source_name,
      sourceDate: row.source_date,
      sourceUrl: row.source_url,
      quote: row.quote,
      sourceStrength: row.source_strength || null,
    })),
    keyRegions: buildKeyRegions(rows),
    sources: sources.list,
  };
}
