/**
 * Time series for the charts: a province's balance over the atlas periods, and the national
 * picture. Points with no figure are kept as gaps (null), never filled.
 */
import type { AtlasIndex } from "./atlas-index";
import type { NationalFigure } from "./atlas-types";
import { isKeyAt, listStart } from "./key-regions";
import { PERIODS, type Period } from "./periods";
import type { Lang } from "../i18n/lang";
import { dataMessages } from "./messages";

export interface BalancePoint {
  period: string;
  label: string;
  general: number | null;
  special: number | null;
  total: number | null;
  limit: number | null;
  provisional: boolean;
}

/** A period's short label (axes, selects): "2024", "Mid-2025" / "2025年6月", "2025 (prelim.)" / "2025（初步）". */
export function periodLabel(p: Period, lang: Lang = "en"): string {
  return dataMessages[lang].periodLabel(p);
}

/** The period in running text: "end-2024", "mid-2025", "end-2025 (preliminary)" / "2024年末", …. */
export function periodPhrase(p: Period, lang: Lang = "en"): string {
  return dataMessages[lang].periodPhrase(p);
}

export function provinceBalanceSeries(index: AtlasIndex, adcode: string, lang: Lang = "en"): BalancePoint[] {
  return PERIODS.map((p) => {
    const b = index.balance(adcode, p.id);
    return {
      period: p.id,
      label: periodLabel(p, lang),
      general: b?.general ?? null,
      special: b?.special ?? null,
      total: b?.total ?? null,
      limit: b?.limit ?? null,
      provisional: p.kind !== "year_end" || b?.status === "preliminary",
    };
  });
}

export interface NationalPoint {
  period: string;
  label: string;
  /** The official national balance (national.csv), if published for that date. */
  national: NationalFigure | null;
  /** Sum over the 31 provinces of whole-province balances (debt_balance.csv). */
  provincesTotal: number | null;
  keyTotal: number | null;
  keyShare: number | null;
  /** Which regions `keyTotal` covers: members at that date, or the 12 later listed before the list existed. */
  keyBasis: "members" | "later-listed";
  keyCount: number;
  /** Provinces the source had not yet reported for this period when read: no sum or share then. */
  unreportedCount: number;
  provisional: boolean;
}

export function nationalSeries(index: AtlasIndex): NationalPoint[] {
  const records = index.data.keyRegions;
  const start = listStart(records);
  const nationalByDate = new Map(
    index.data.national.filter((n) => n.series === "local_gov_debt_balance").map((n) => [n.period, n]),
  );
  return PERIODS.map((p) => {
    const beforeList = start !== null && p.date < start;
    const members = beforeList ? records.map((r) => r.adcode) : records.filter((r) => isKeyAt(records, r.adcode, p.date)).map((r) => r.adcode);
    const totals = index.covered.map((prov) => index.balance(prov.adcode, p.id)?.total ?? null);
    const complete = totals.every((t) => t !== null);
    const provincesTotal = complete ? (totals as number[]).reduce((a, b) => a + b, 0) : null;
    const keyTotals = members.map((a) => index.balance(a, p.id)?.total ?? null);
    const keyTotal = keyTotals.every((t) => t !== null) ? (keyTotals as number[]).reduce((a, b) => a + b, 0) : null;
    return {
      period: p.id,
      label: periodLabel(p),
      national: nationalByDate.get(p.date) ?? null,
      provincesTotal,
      keyTotal,
      keyShare: provincesTotal && keyTotal !== null ? (keyTotal / provincesTotal) * 100 : null,
      keyBasis: beforeList ? "later-listed" : "members",
      keyCount: members.length,
      unreportedCount: index.covered.filter((prov) => index.unreported(prov.adcode, p.id)).length,
      provisional: p.kind !== "year_end",
    };
  });
}
