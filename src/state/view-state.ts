/**
 * The one owner of the view's URL form. Pure parse/serialise: a bad value degrades to the default
 * and is reported, never thrown. Public names: r (ISO 3166-2 region), m (metric), y (period).
 */
import { DEFAULT_METRIC, isMetricId, type MetricId } from "../data/metrics";
import { DEFAULT_PERIOD_ID, periodById } from "../data/periods";

export interface ViewState {
  region: string | null;
  metric: MetricId;
  period: string;
}

export interface IgnoredParam {
  name: string;
  value: string;
  reason: string;
}

export const DEFAULT_VIEW: ViewState = { region: null, metric: DEFAULT_METRIC, period: DEFAULT_PERIOD_ID };

const KNOWN = ["r", "m", "y"] as const;
const MAX_SHOWN = 40;

/** Trim what a notice repeats back: it is shown as text, but a 10 kB value helps nobody. */
export function shortValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}

export interface ParseResult {
  view: ViewState;
  ignored: IgnoredParam[];
}

/**
 * @param search the query string (with or without "?")
 * @param regions the ISO codes a region may take (the covered provinces)
 */
export function parseView(search: string, regions: ReadonlySet<string>): ParseResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view: DEFAULT_VIEW, ignored: [{ name: "query", value: shortValue(search), reason: "unreadable" }] };
  }
  const view: ViewState = { ...DEFAULT_VIEW };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();

  for (const [name, raw] of params) {
    const value = raw.trim();
    if (!(KNOWN as readonly string[]).includes(name)) {
      ignored.push({ name: shortValue(name), value: shortValue(raw), reason: "unknown parameter" });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, value: shortValue(raw), reason: "repeated; the first value is used" });
      continue;
    }
    seen.add(name);
    if (name === "r") {
      const code = value.toUpperCase();
      if (regions.has(code)) view.region = code;
      else ignored.push({ name, value: shortValue(raw), reason: "not a covered province code (e.g. CN-NM)" });
    } else if (name === "m") {
      if (isMetricId(value)) view.metric = value;
      else ignored.push({ name, value: shortValue(raw), reason: "not a metric (balance, debt_gdp, debt_revenue)" });
    } else if (name === "y") {
      if (periodById(value)) view.period = value;
      else ignored.push({ name, value: shortValue(raw), reason: "not a period (2015–2024, 2025-06, 2025)" });
    }
  }
  return { view, ignored };
}

/** The canonical query string: fixed order, defaults omitted. "" for the default view. */
export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.region) params.set("r", view.region);
  if (view.metric !== DEFAULT_VIEW.metric) params.set("m", view.metric);
  if (view.period !== DEFAULT_VIEW.period) params.set("y", view.period);
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return a.region === b.region && a.metric === b.metric && a.period === b.period;
}
