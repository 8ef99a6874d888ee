/**
 * What a view is called: the same words in the embed footer, the tab title and exported images,
 * so a slide says exactly what the atlas showed.
 */
import type { AtlasIndex } from "../data/atlas-index";
import { METRICS } from "../data/metrics";
import { periodById } from "../data/periods";
import { periodPhrase } from "../data/series";
import type { ViewState } from "../state/view-state";
import type { Lang } from "../i18n/lang";
import { EVENT_KIND_LABELS } from "../data/event-kinds";

export interface ViewTitle {
  title: string;
  subtitle: string;
}

export function viewTitle(index: AtlasIndex, view: ViewState, _lang: Lang = "en"): ViewTitle {
  const period = periodById(view.period);
  const when = period ? periodPhrase(period) : view.period;
  const region = view.region ? index.provinceByIso.get(view.region) : undefined;
  const metric = METRICS[view.metric];
  if (view.view === "compare") {
    const names = view.compare.map((iso) => index.provinceByIso.get(iso)?.nameEn ?? iso);
    const who = names.length === 0 ? "provinces" : names.length <= 3 ? names.join(", ") : `${names.length} provinces`;
    return {
      title: `${metric.label}: ${who} compared`,
      subtitle: `${metric.label} (${view.indexBase ? `indexed, end-${view.indexBase} = 100` : metric.unit}), 2015–2025; ranked table for ${when}, change since end-${view.changeBase}`,
    };
  }
  if (view.view === "events") {
    const place = region ? region.nameEn : "all provinces and national";
    const kinds = view.eventKinds.length ? view.eventKinds.map((k) => EVENT_KIND_LABELS[k]).join(", ") : "all kinds";
    const dates = view.from || view.to ? `${view.from ?? "the start"} to ${view.to ?? "the latest"}` : "all dates";
    return {
      title: `Events: ${place}`,
      subtitle: `${kinds}; ${dates}${view.query ? `; matching “${view.query}”` : ""}. Marks by month, coloured by kind; vertical lines mark each new year.`,
    };
  }
  if (view.view === "sources") return { title: "Sources & method", subtitle: "Every source, formula and caveat behind the atlas" };
  if (view.view === "national") {
    return {
      title: "China's local government debt and the key high-debt regions' share",
      subtitle: `National balance (bn CNY) and the share of the provinces' total held by the key regions, 2015–2025; highlighted period: ${when}`,
    };
  }
  if (view.view === "region" && region) {
    return {
      title: `${region.nameEn} (${region.nameZh}): local government debt balance`,
      subtitle: `General and special debt stacked, debt limit as a line, bn CNY, 2015–2025 (2025 provisional); whole province`,
    };
  }
  return {
    title: `${metric.label} by province, ${when}`,
    subtitle: `${metric.label} (${metric.unit}), ${when}; key high-debt regions outlined and hatched${region ? `; highlighted: ${region.nameEn}` : ""}`,
  };
}

export function documentTitle(index: AtlasIndex, view: ViewState, _lang: Lang = "en"): string {
  return `${viewTitle(index, view).title} · China Local Debt Atlas`;
}
