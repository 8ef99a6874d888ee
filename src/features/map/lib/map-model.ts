/**
 * What the map shows for one metric and period: per shape, its fill class, value, rank and
 * key-region status. Pure, so the rules are tested without React.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import { keyStatusAt, listStart, type KeyStatus } from "../../../data/key-regions";
import { rankedValues, type MetricValue } from "../../../data/metric-values";
import type { MetricId } from "../../../data/metrics";
import { periodById } from "../../../data/periods";
import { classOf, type Scale } from "../../../data/scale";
import type { Lang } from "../../../i18n/lang";
import { provinceName } from "../../../i18n/domain";
import type { LabelTarget } from "../../../geo/map-labels";
import type { ProvinceShape } from "../../../geo/map-geometry";

export type CellKind = "value" | "no-data" | "not-covered";

export interface MapCell {
  adcode: string;
  iso: string;
  nameEn: string;
  nameZh: string;
  kind: CellKind;
  result: MetricValue | null;
  rank: number | null;
  /** Colour class index into the scale, for kind "value". */
  colourClass: number | null;
  key: KeyStatus;
  isKey: boolean;
}

export interface MapModel {
  cells: Map<string, MapCell>;
  withData: number;
  covered: number;
  /** The date the list starts; non-null when the period shown predates it. */
  listNotYet: string | null;
  keyCount: number;
}

/** `lang` is the language of the missing values' reasons. */
export function buildMapModel(
  index: AtlasIndex,
  scale: Scale,
  metric: MetricId,
  periodId: string,
  lang: Lang = "en",
): MapModel {
  const period = periodById(periodId);
  const date = period?.date ?? "";
  const { rows, withData } = rankedValues(index, metric, periodId, lang);
  const ranked = new Map(rows.map((r) => [r.adcode, r]));
  const records = index.data.keyRegions;
  const cells = new Map<string, MapCell>();
  let keyCount = 0;
  for (const p of index.data.provinces) {
    const r = ranked.get(p.adcode);
    const key = keyStatusAt(records, p.adcode, date);
    const isKey = key.kind === "listed";
    if (isKey) keyCount++;
    const kind: CellKind = !p.inScope ? "not-covered" : r?.result.ok ? "value" : "no-data";
    cells.set(p.adcode, {
      adcode: p.adcode,
      iso: p.iso,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      kind,
      result: r?.result ?? null,
      rank: r?.rank ?? null,
      colourClass: r?.result.ok ? classOf(scale, r.result.value) : null,
      key,
      isKey,
    });
  }
  const start = listStart(records);
  return {
    cells,
    withData,
    covered: index.covered.length,
    listNotYet: start !== null && date < start ? start : null,
    keyCount,
  };
}

/** What each shape's name is and where it may go (geo/map-labels.ts): for the page's map and its exports alike. */
export function labelTarget(shape: ProvinceShape, cell: MapCell | undefined, lang: Lang): LabelTarget {
  return {
    adcode: shape.adcode,
    text: cell ? provinceName(cell, lang) : "",
    centroid: shape.centroid,
    slots: shape.labels,
  };
}
