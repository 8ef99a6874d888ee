/**
 * The Compare view: presets and search choose the provinces, the chart shows them over time (levels
 * or indexed), and the ranked table places all 31. With cl=prefectures it shows the prefecture
 * league instead (PrefectureLeague, loaded on first use). All state that a link should carry is in
 * the URL; only the hovered/pinned line and the table's sort are local.
 */
import { useMemo, useState } from "react";
import { lgfvCaveats } from "../../data/caveats";
import { isLgfv } from "../../data/metrics";
import { periodById } from "../../data/periods";
import { periodPhrase } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo } from "../../i18n/domain";
import type { ViewProps } from "../../state/view-props";
import { compareMessages } from "./messages";
import { CompareFigure } from "./CompareFigure";
import { drawnSeries } from "./lib/indexing";
import { seriesStyle } from "./lib/palette";
import { Presets } from "./Presets";
import { ProvinceSearch } from "./ProvinceSearch";
import { RankedTable } from "./RankedTable";
import { ScaleToggle } from "./ScaleToggle";
import { SelectedChips } from "./SelectedChips";
import { LevelSwitch } from "./LevelSwitch";
import { leagueModule } from "./league-module";
import { LoadedChart } from "../../ui/LoadedChart";
import "./compare.css";

export function CompareView({ index, view, setView, actions }: ViewProps) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const codes = view.compare;
  const focus = hovered ?? (pinned && codes.includes(pinned) ? pinned : null);
  const styles = useMemo(
    () => new Map(codes.map((iso, k) => [iso, seriesStyle(iso, k, codes.length, focus)])),
    [codes, focus],
  );
  const series = useMemo(() => {
    return drawnSeries(index, codes, view.metric, view.indexBase, lang);
  }, [index, codes, view.metric, view.indexBase, lang]);
  const period = periodById(view.period);
  const setCompare = (compare: string[]) => setView({ compare });
  const toggle = (iso: string) => setCompare(codes.includes(iso) ? codes.filter((c) => c !== iso) : [...codes, iso]);

  const levelSwitch = <LevelSwitch level={view.compareLevel} onChange={(compareLevel) => setView({ compareLevel })} />;
  if (view.compareLevel === "prefectures") {
    return (
      <section className="compare-view" aria-labelledby="compare-title">
        <div className="panel-head">
          <h2 id="compare-title">{t.titlePrefectures}</h2>
          {actions}
        </div>
        {levelSwitch}
        <LoadedChart
          loader={leagueModule}
          props={{ index, view, setView }}
          fallback={<p className="league-status">{t.leagueLoading}</p>}
        />
      </section>
    );
  }

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <div className="panel-head">
        <h2 id="compare-title">{t.title}</h2>
        {actions}
      </div>
      {levelSwitch}
      <p className="compare-lead">
        {t.lead(metricInfo(view.metric, lang).label, period ? periodPhrase(period, lang) : view.period)}
      </p>
      {isLgfv(view.metric) && (
        <ul className="compare-estimate-note" role="note">
          {lgfvCaveats(lang).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <div className="compare-pick">
        <Presets
          index={index}
          compare={codes}
          region={view.region}
          metric={view.metric}
          periodId={view.period}
          onPick={setCompare}
        />
        <ProvinceSearch
          provinces={index.covered}
          selected={codes}
          onAdd={(iso) => setCompare([...codes, iso])}
          onClear={() => setCompare([])}
        />
        <SelectedChips index={index} codes={codes} styles={styles} onRemove={toggle} onFocus={setHovered} />
      </div>
      {codes.length === 0 ? (
        <div className="compare-empty">
          <p>
            <strong>{t.emptyStrong}</strong>
            {t.emptyBody}
          </p>
        </div>
      ) : (
        <>
          <ScaleToggle indexBase={view.indexBase} onChange={(indexBase) => setView({ indexBase })} />
          <CompareFigure
            series={series}
            styles={styles}
            metric={view.metric}
            indexBase={view.indexBase}
            periodId={view.period}
            pinned={pinned}
            onHover={setHovered}
            onPin={setPinned}
          />
        </>
      )}
      <RankedTable
        index={index}
        metric={view.metric}
        periodId={view.period}
        changeBase={view.changeBase}
        selected={codes}
        onBase={(changeBase) => setView({ changeBase })}
        onToggle={toggle}
      />
    </section>
  );
}
