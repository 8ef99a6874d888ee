/**
 * Compare as a slide: the chart of the chosen provinces (levels or indexed) with its legend, or the
 * prefecture league with cl=prefectures; no pickers or ranked table. Hover and pin stay local.
 */
import { useMemo, useState } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { useLang, useMessages } from "../../i18n/context";
import type { ViewState } from "../../state/view-state";
import { LoadedChart } from "../../ui/LoadedChart";
import { useTypeScale } from "../../ui/type-scale";
import { CompareFigure } from "./CompareFigure";
import { drawnSeries } from "./lib/indexing";
import { seriesStyle } from "./lib/palette";
import { leagueModule } from "./league-module";
import { compareMessages } from "./messages";
import "./compare.css";

export function CompareSlide({ index, view }: { index: AtlasIndex; view: ViewState }) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  // The chart grows with the slide, as its axis type does (ui/type-scale.ts).
  const [probe, scale] = useTypeScale();
  const codes = view.compare;
  const focus = hovered ?? pinned;
  const styles = useMemo(
    () => new Map(codes.map((iso, k) => [iso, seriesStyle(iso, k, codes.length, focus)])),
    [codes, focus],
  );
  const series = useMemo(() => {
    return drawnSeries(index, codes, view.metric, view.indexBase, lang);
  }, [index, codes, view.metric, view.indexBase, lang]);
  if (view.compareLevel === "prefectures")
    return (
      <div className="compare-view compare-slide">
        <LoadedChart
          loader={leagueModule}
          props={{ index, view, setView: () => {} }}
          fallback={<p className="league-status">{t.leagueLoading}</p>}
        />
      </div>
    );
  if (codes.length === 0)
    return (
      <p className="compare-empty">
        <strong>{t.emptyStrong}</strong>
      </p>
    );
  return (
    <div className="compare-view compare-slide">
      <span ref={probe} className="type-scale-probe" hidden />
      <CompareFigure
        series={series}
        styles={styles}
        metric={view.metric}
        indexBase={view.indexBase}
        periodId={view.period}
        pinned={pinned}
        onHover={setHovered}
        onPin={setPinned}
        chartHeight={Math.min(560, Math.round(300 * scale))}
      />
    </div>
  );
}
