/**
 * The national view. Everywhere: the national balance and the key regions' share. On the full
 * page (`view=national`) also the estimates panel, the official balance with the policy timeline,
 * and bond issuance; the map's side panel and the embed stay compact.
 */
import { lazy, Suspense, useMemo, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { nationalSeries } from "../../data/series";
import { useMessages } from "../../i18n/context";
import { nationalMessages } from "./messages";
import { NationalBalanceFigure } from "./NationalBalanceFigure";
import { NationalHeadlines, NationalSources } from "./NationalHeadlines";
import "./national.css";

// Only the full National page shows these; the map's side panel and embeds never load them.
const EstimatesPanel = lazy(() => import("./EstimatesPanel").then((m) => ({ default: m.EstimatesPanel })));
const NationalMore = lazy(() => import("./NationalMore").then((m) => ({ default: m.NationalMore })));

interface Props {
  index: AtlasIndex;
  periodId: string;
  /** "page": the National view itself; "side": the map's side panel; "compact": an embed (one chart). */
  layout: "page" | "side" | "compact";
  actions?: ReactNode;
}

export function NationalView({ index, periodId, layout, actions }: Props) {
  const t = useMessages(nationalMessages);
  const series = useMemo(() => nationalSeries(index), [index]);
  const compact = layout === "compact";
  const full = layout === "page";
  const current = series.find((p) => p.period === periodId);
  const chart = <NationalBalanceFigure series={series} compact={compact} />;
  if (compact) {
    return (
      <section className="national-view compact" aria-label={t.viewLabel}>
        {chart}
      </section>
    );
  }

  return (
    <section className={`national-view${full ? " full" : ""}`} aria-label={t.viewLabel}>
      <div className="panel-head">
        <h2>{t.heading}</h2>
        {actions}
      </div>
      {current && <NationalHeadlines point={current} />}
      {/* First on the full page: official debt beside the estimates is the question it answers first.
          Above the chart, it holds the page's loading line until its code is in (no boundary of its
          own): arriving after the chart, it would push it down. */}
      {full && <EstimatesPanel index={index} />}
      {chart}
      <NationalSources series={series} full={full} />
      <p className="chart-note">
        {t.note}
        {full ? t.noteFull : t.noteSide}
      </p>
      {full && (
        <Suspense fallback={null}>
          <NationalMore index={index} />
        </Suspense>
      )}
    </section>
  );
}
