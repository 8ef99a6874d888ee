/**
 * Which of a pinned release's revised figures (data/releases.ts, Revision) a view shows, and which
 * of a revised row's columns to say. Pure, no React.
 *
 * A view shows: a province (the map or region view with `r`, its panel and prefectures) every row
 * about that province; the map alone, the province figures of its period, the rows behind its marks
 * (events, key regions) and the national series (its side panel); National, the national series;
 * Compare, its provinces' rows (or, with the prefecture league, every prefecture row: its change
 * column reaches back to the base year); Events, the events (of `r` where it filters); Sources &
 * method, everything. Rows a view may not draw (an event outside the map's filters) are listed
 * rather than missed.
 */
import type { Revision } from "../../../data/releases";
import { periodById } from "../../../data/periods";
import type { ViewState } from "../../../state/view-state";

const PROVINCE_FIGURES = new Set(["debt_balance.csv", "macro.csv", "lgfv.csv"]);
const MAP_MARKS = new Set(["events.csv", "key_regions.csv", "provinces.csv", "national.csv"]);
const PREFECTURE_FILES = new Set(["prefecture_debt.csv", "prefecture_macro.csv", "prefecture_names.csv"]);

/** Whether a row's period falls in the view's: the same period-end date, or (a yearly row) its year. */
function inPeriod(period: string, periodId: string): boolean {
  const date = periodById(periodId)?.date;
  if (!date) return false;
  return period === date || period === date.slice(0, 4);
}

/** The revisions the view shows, in the file order the build wrote them. */
export function revisionsForView(
  revisions: readonly Revision[],
  view: ViewState,
  adcodeOf: (iso: string) => string | undefined,
): Revision[] {
  const province = view.region ? adcodeOf(view.region) : undefined;
  switch (view.view) {
    case "sources":
      return [...revisions];
    case "national":
      return revisions.filter((r) => r.file === "national.csv");
    case "events":
      return revisions.filter((r) => r.file === "events.csv" && (!province || r.province === province));
    case "compare": {
      if (view.compareLevel === "prefectures") return revisions.filter((r) => PREFECTURE_FILES.has(r.file));
      const chosen = new Set(view.compare.map(adcodeOf).filter(Boolean));
      return revisions.filter((r) => PROVINCE_FIGURES.has(r.file) && chosen.has(r.province));
    }
    case "map":
    case "region":
      if (province) return revisions.filter((r) => r.province === province);
      return revisions.filter(
        (r) => MAP_MARKS.has(r.file) || (PROVINCE_FIGURES.has(r.file) && inPeriod(r.period, view.period)),
      );
  }
}

/**
 * The columns of a revised row worth saying: the figures in bn yuan, not their copies in 100m yuan
 * (or the map's total where the total is said), so one revision reads once.
 */
export function shownFields(fields: Revision["fields"]): Revision["fields"] {
  const names = new Set(fields.map((f) => f.name));
  return fields.filter((f) => {
    const twin = f.name.replace(/_100m_cny$/, "_bn_cny");
    if (twin !== f.name && names.has(twin)) return false;
    if (f.name === "map_total_bn_cny" && names.has("total_bn_cny")) return false;
    return true;
  });
}
