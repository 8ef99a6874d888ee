/**
 * The embed rendering: one view, no header or controls (unless controls=1), filling its frame,
 * with a slim footer that says what it is, where the numbers come from and links to the full view.
 * It tells its parent its natural height ({ type: "atlas:resize", height }) and never reads or
 * writes the parent page.
 */
import { lazy, Suspense, useEffect, useRef } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import { isAmount, isLgfv } from "../data/metrics";
import type { MapGeometry } from "../geo/map-geometry";
import { MapView } from "../features/map/MapView";
import { ViewBoundary } from "../ui/ViewBoundary";
import { NationalView } from "./national-part";
import { regionPanelModule } from "./chart-modules";
import { LoadedChart } from "../ui/LoadedChart";
import { atlasPath } from "../state/address";
import { serialiseView, type ViewState, type RenderFlags } from "../state/view-state";
import { viewTitle } from "../ui/titles";
import { formatPartialDate } from "../ui/format";
import { Controls } from "./Controls";
import { useLang, useMessages } from "../i18n/context";
import { appMessages } from "./messages";
import { usePrefectureUnit } from "./use-prefecture-unit";

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  view: ViewState;
  flags: RenderFlags;
  setView: (next: Partial<ViewState>, history?: "push" | "replace") => void;
}

/** The height the embed would like: its content at the frame's width, the subject at its aspect. */
function naturalHeight(root: HTMLElement): number {
  const subject = root.querySelector<HTMLElement>("[data-aspect]");
  if (!subject) return root.scrollHeight;
  const aspect = Number(subject.dataset.aspect) || 0.8;
  return Math.ceil(root.scrollHeight - subject.clientHeight + subject.clientWidth * aspect);
}

/** Only an embed pinned to a data release says which, and what was revised since: loaded then. */
const PinnedNotice = lazy(() => import("../features/releases/PinnedNotice").then((m) => ({ default: m.PinnedNotice })));

export function EmbedApp({ index, geometry, view, flags, setView }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const lang = useLang();
  const t = useMessages(appMessages);
  const fullLink = `${atlasPath()}${serialiseView(view)}`;
  const selected = view.region ? (index.provinceByIso.get(view.region)?.adcode ?? null) : null;
  // A prefecture's chart (region with `p`) is titled with the prefecture's names, from its province's file.
  const prefectureChart = view.view === "region" && selected !== null && view.prefecture !== null;
  const unit = usePrefectureUnit(index, view);
  const prefecture = prefectureChart ? unit : null;
  const { title } = viewTitle(index, view, lang, prefecture);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = naturalHeight(root);
      if (height === last) return;
      last = height;
      // Only our own message goes out; "*" because the host's origin is unknown and nothing private is sent.
      window.parent.postMessage({ type: "atlas:resize", height }, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, []);

  return (
    <div className={`embed${flags.static ? " static" : ""}`} ref={rootRef} data-view={view.view}>
      {flags.controls && view.view !== "national" && !flags.static && (
        <div role="region" aria-label={t.toolbarLabel}>
          <Controls
            compact
            metric={view.metric}
            periodId={view.period}
            onMetric={(metric) => setView({ metric })}
            onPeriod={(period, h) => setView({ period }, h)}
          />
        </div>
      )}
      <main
        className="embed-subject"
        data-aspect={view.view === "map" ? "0.8" : "0.62"}
        inert={flags.static || undefined}
      >
        {view.view === "national" ? (
          <ViewBoundary name="national summary">
            <Suspense fallback={null}>
              <NationalView index={index} periodId={view.period} layout="compact" />
            </Suspense>
          </ViewBoundary>
        ) : view.view === "region" && selected ? (
          <LoadedChart
            loader={regionPanelModule}
            props={{ index, adcode: selected, periodId: view.period, compact: true, prefecture: view.prefecture }}
          />
        ) : (
          <MapView
            index={index}
            geometry={geometry}
            metric={view.metric}
            periodId={view.period}
            selected={selected}
            onSelect={() => {}}
            compact
          />
        )}
      </main>
      {view.vintage && (
        <ViewBoundary name="data release" quiet>
          <Suspense fallback={null}>
            <PinnedNotice index={index} view={view} compact />
          </Suspense>
        </ViewBoundary>
      )}
      <footer className="embed-footer">
        {/* The framed page's one heading: what this view is (small, in the footer line). */}
        <h1 className="embed-title">{title}</h1>
        <span className="embed-source">
          {prefectureChart
            ? t.embedPrefectureSource(formatPartialDate(index.data.dataAsOf, lang))
            : t.embedSource(
                isLgfv(view.metric) && view.view === "map",
                !isAmount(view.metric) && view.view === "map",
                view.view === "national",
                formatPartialDate(index.data.dataAsOf, lang),
              )}
        </span>
        <a href={fullLink} target="_blank" rel="noopener">
          {t.embedOpen}
        </a>
      </footer>
    </div>
  );
}
