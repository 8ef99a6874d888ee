/**
 * What the chart cannot draw, worded for the reader: how many points are missing and why, grouped
 * by reason so "no ratio at mid-year" is said once, not once per province.
 */
import { PERIODS, periodById } from "../../../data/periods";
import { periodLabel } from "../../../data/series";
import { listJoin } from "../../../i18n/domain";
import type { Lang } from "../../../i18n/lang";
import type { CompareSeries } from "./series";
import { compareMessages } from "../messages";

export interface MissingGroup {
  reason: string;
  /** Who and when, e.g. "Hainan at 2018" or "every province shown at Mid-2025". */
  where: string;
  count: number;
}

export interface MissingSummary {
  missing: number;
  total: number;
  groups: MissingGroup[];
}

const label = (id: string, lang: Lang) => (periodById(id) ? periodLabel(periodById(id)!, lang) : id);

/** Province names in `series` and the reasons in its points are already in `lang` (buildSeries). */
export function missingSummary(series: CompareSeries[], lang: Lang = "en"): MissingSummary {
  const t = compareMessages[lang];
  const byReason = new Map<string, Map<string, string[]>>();
  let missing = 0;
  for (const s of series) {
    for (const p of s.points) {
      if (p.value !== null) continue;
      missing += 1;
      const reason = p.reason ?? t.missingNoValue;
      const who = byReason.get(reason) ?? new Map<string, string[]>();
      who.set(s.name, [...(who.get(s.name) ?? []), p.period]);
      byReason.set(reason, who);
    }
  }
  const when = (periods: string[]) =>
    periods.length === PERIODS.length
      ? t.missingEveryPeriod
      : listJoin(
          periods.map((id) => label(id, lang)),
          lang,
        );
  const groups = [...byReason].map(([reason, who]): MissingGroup => {
    // Provinces missing the same periods are named together: "Tianjin, Jilin at 2025 (prelim.)".
    const byPeriods = new Map<string, { names: string[]; periods: string[] }>();
    for (const [name, periods] of who) {
      const key = periods.join();
      byPeriods.set(key, { names: [...(byPeriods.get(key)?.names ?? []), name], periods });
    }
    const everyone = series.length > 1 && who.size === series.length && byPeriods.size === 1;
    const where = [...byPeriods.values()]
      .map(({ names, periods }) =>
        t.missingWhere(
          everyone ? t.missingEveryProvince : listJoin(names, lang),
          when(periods),
          periods.length === PERIODS.length,
        ),
      )
      .join(t.missingGroupSeparator);
    const count = [...who.values()].reduce((n, periods) => n + periods.length, 0);
    return { reason, where, count };
  });
  return { missing, total: series.length * PERIODS.length, groups };
}
