/**
 * The national view. Everywhere: the national balance and the key regions' share. On the full
 * page (`view=national`) also the estimates panel, the official balance with the policy timeline,
 * and bond issuance; the map's side panel and the embed stay compact.
 */
import { lazy, Suspense, useMemo, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { nationalSeries } from "../../data/series";
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
  const series = useMemo(() => nationalSeries(index), [index]);
  const compact = layout === "compact";
  const full = layout === "page";
  const current = series.find((p) => p.period === periodId);
  const chart = <NationalBalanceFigure series={series} compact={compact} />;
  if (compact) {
    return (
      <section className="national-view compact" aria-label="National view">
        {chart}
      </section>
    );
  }

  return (
    <section className={`national-view${full ? " full" : ""}`} aria-label="National view">
      <div className="panel-head">
        <h2>China: local government debt</h2>
        {actions}
      </div>
      {current && <NationalHeadlines point={current} />}
      {/* First on the full page: official debt beside the estimates is the question it answers first. */}
      {full && (
        <Suspense fallback={null}>
          <EstimatesPanel index={index} />
        </Suspense>
      )}
      {chart}
      <NationalSources series={series} full={full} />
      <p className="chart-note">
        The national balance is the official figure as reported; no end-2015 national figure was found, so that bar is missing.
        {full ? " Open the map for each province's own figures." : " Click a province on the map for its own figures."}
      </p>
      {full && (
        <Suspense fallback={null}>
          <NationalMore index={index} />
        </Suspense>
      )}
    </section>
  );
}
