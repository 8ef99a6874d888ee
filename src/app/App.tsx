/**
 * The shell: header, then the atlas once its data and geometry are in. Composition only: the view
 * comes from the URL (state/), figures from data/, drawing from features/.
 */
import { useQueries } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import { atlasQuery, geometryQuery } from "../data/queries";
import { buildGeometry, type MapGeometry } from "../features/map/lib/geometry";
import { MapView } from "../features/map/MapView";
import { NationalView } from "../features/national/NationalView";
import { RegionPanel } from "../features/region/RegionPanel";
import { preloadCharts } from "../features/charts";
import { useViewState } from "../state/use-view-state";
import { Controls } from "./Controls";
import { METRICS } from "../data/metrics";
import { periodById } from "../data/periods";
import { periodLabel } from "../data/series";
import { IgnoredNotice } from "./IgnoredNotice";

export function App() {
  const [atlas, geo] = useQueries({ queries: [atlasQuery, geometryQuery] });
  const geometry = useMemo(() => (geo.data ? buildGeometry(geo.data) : null), [geo.data]);
  const failed = [atlas, geo].find((q) => q.isError);

  return (
    <div className="app">
      <header className="app-header">
        <h1>China Local Debt Atlas</h1>
        <p className="tagline">
          Where China's local government debt sits, province by province, and the 12 key high-debt regions named in 2023. Every figure links
          to its source.
        </p>
      </header>
      {failed ? (
        <div className="error-box" role="alert">
          <p>The atlas could not load its data: {failed.error?.message}</p>
          <button onClick={() => [atlas, geo].forEach((q) => q.isError && q.refetch())}>Retry</button>
        </div>
      ) : atlas.data && geometry ? (
        <Atlas index={atlas.data} geometry={geometry} />
      ) : (
        <div className="loading" aria-busy="true">
          <div className="map-skeleton" />
          <p>Loading the map and data…</p>
        </div>
      )}
      <footer className="app-footer">
        Data: MoF local bond disclosure platform, NBS, provincial final accounts and news sources as cited on each figure. Map: Apache ECharts
        4.9 geometry (Apache-2.0); the South China Sea islands are not drawn. Hong Kong, Macau and Taiwan are shown but not covered.
      </footer>
    </div>
  );
}

function Atlas({ index, geometry }: { index: AtlasIndex; geometry: MapGeometry }) {
  const regions = useMemo(() => new Set(index.covered.map((p) => p.iso)), [index]);
  const { view, setView, ignored, dismissIgnored } = useViewState(regions);
  const selected = view.region ? index.provinceByIso.get(view.region)?.adcode ?? null : null;

  const onSelect = useCallback((adcode: string) => setView({ region: index.provinceByAdcode.get(adcode)?.iso ?? null }), [index, setView]);
  const close = useCallback(() => {
    setView({ region: null });
    // Return focus to the province that was open, so keyboard users keep their place.
    if (selected) (document.querySelector(`[data-adcode="${selected}"]`) as SVGElement | null)?.focus({ preventScroll: true });
  }, [setView, selected]);

  // The tab title names the view, so history entries and bookmarks say what they are.
  useEffect(() => {
    const region = selected ? index.provinceByAdcode.get(selected)?.nameEn : null;
    const period = periodById(view.period);
    document.title = `${region ? `${region} · ` : ""}${METRICS[view.metric].label}, ${period ? periodLabel(period) : view.period} · China Local Debt Atlas`;
  }, [index, selected, view.metric, view.period]);

  // Once the map is up, fetch the chart code so a click on a province draws at once.
  useEffect(() => {
    const id = setTimeout(preloadCharts, 0);
    return () => clearTimeout(id);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && view.region) close();
      else if (e.key === "Home" && view.region && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement)) close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [close, view.region]);

  return (
    <>
      <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
      <Controls metric={view.metric} periodId={view.period} onMetric={(metric) => setView({ metric })} onPeriod={(period) => setView({ period })} />
      <main className="atlas-main">
        <MapView index={index} geometry={geometry} metric={view.metric} periodId={view.period} selected={selected} onSelect={onSelect} />
        <div className="side">
          {selected ? (
            <RegionPanel index={index} adcode={selected} periodId={view.period} onClose={close} />
          ) : (
            <NationalView index={index} periodId={view.period} />
          )}
        </div>
      </main>
    </>
  );
}
