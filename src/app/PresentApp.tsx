/**
 * The deck presented (present=N): the deck feature's presentation shell around each slide's body,
 * which is composed here because it is another feature's view (the map, a province's or a
 * prefecture's chart, the prefecture map, the national chart, Compare, Events), drawn as its embed
 * would be. Each slide speaks its own language: its words are fetched before it is drawn.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import { isAmount, isLgfv } from "../data/metrics";
import type { MapGeometry } from "../geo/map-geometry";
import { CompareSlide } from "../features/compare/CompareSlide";
import { Present } from "../features/deck/Present";
import { panelMessages } from "../features/deck/panel-messages";
import { EventsSlide } from "../features/events/EventsSlide";
import { MapView } from "../features/map/MapView";
import { PrefectureMap } from "../features/region/PrefectureMap";
import { useLang } from "../i18n/context";
import { loadWords, wordsLoaded } from "../i18n/messages";
import { slideView } from "../state/deck";
import type { ViewStateApi } from "../state/use-view-state";
import { deckSlides } from "../state/deck-reader";
import type { Slide } from "../state/view-state";
import { formatPartialDate } from "../ui/format";
import { LoadedChart } from "../ui/LoadedChart";
import { ViewBoundary } from "../ui/ViewBoundary";
import { regionPanelModule } from "./chart-modules";
import { appMessages } from "./messages";
import { NationalView } from "./national-part";

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  state: ViewStateApi;
}

export default function PresentApp({ index, geometry, state }: Props) {
  const { view, setView } = state;
  const readerLang = useLang();
  const regions = useMemo(() => new Set(index.covered.map((p) => p.iso)), [index]);
  const slides = useMemo(() => deckSlides(view, regions), [view, regions]);
  const number = Math.min(view.present ?? 1, slides.length);
  const slide = slides[number - 1];
  const lang = slide?.view.lang ?? readerLang;
  const [, setLoaded] = useState(0);
  // The language whose words could not be fetched (the slide then says so, and can still be left).
  const [failed, setFailed] = useState<string | null>(null);
  const ready = wordsLoaded(lang);
  useEffect(() => {
    if (!ready)
      loadWords(lang).then(
        () => setLoaded((n) => n + 1),
        () => setFailed(lang),
      );
  }, [lang, ready]);
  // The next slide's words too, so a clicker never waits on a change of language.
  const nextLang = slides[number]?.view.lang;
  useEffect(() => {
    if (nextLang) loadWords(nextLang).catch(() => {});
  }, [nextLang]);

  const total = slides.length;
  // Within the deck, whatever asks (a key, a button at either end): nothing to do past the ends.
  const onGo = useCallback(
    (n: number) => {
      const to = Math.min(total, Math.max(1, n));
      if (to !== view.present) setView({ present: to }, "replace");
    },
    [setView, total, view.present],
  );
  const onExit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    setView({ present: null });
  }, [setView]);

  if (!slide) return null;
  if (!ready)
    return (
      <div className="present" aria-busy={failed !== lang}>
        <p className="present-loading" role={failed === lang ? "alert" : undefined}>
          {failed === lang ? panelMessages[readerLang].wordsFailed : panelMessages[readerLang].loadingSlide}
        </p>
        <EscapeLeaves onExit={onExit} label={panelMessages[readerLang].exit} />
      </div>
    );
  // A deck pinned to a data release says which on every slide.
  const asOf = appMessages[lang].asOfRelease(formatPartialDate(index.data.dataAsOf, lang), view.vintage);
  return (
    <Present
      index={index}
      slide={slide}
      number={number}
      total={total}
      deckTitle={view.deckTitle}
      onGo={onGo}
      onExit={onExit}
      source={sourceLine(slide, asOf, lang)}
    >
      <ViewBoundary name="slide" key={`${number}:${view.deck[number - 1]}`}>
        <Suspense fallback={null}>
          <SlideBody index={index} geometry={geometry} slide={slide} />
        </Suspense>
      </ViewBoundary>
    </Present>
  );
}

/** The slide's source line, in its language: as its embed's footer says it. */
function sourceLine(slide: Slide, asOf: string, lang: keyof typeof appMessages): string {
  const t = appMessages[lang];
  const { metric } = slide.view;
  // Compare's prefecture league ranks prefecture figures: their sources, not the provinces'.
  if (slide.subject === "compare" && slide.view.compareLevel === "prefectures") return t.embedPrefectureSource(asOf);
  switch (slide.subject) {
    case "prefectures":
    case "prefecture":
      return t.embedPrefectureSource(asOf);
    case "events":
      return panelMessages[lang].eventsSource(asOf);
    case "map":
    case "compare":
      return t.embedSource(isLgfv(metric), !isAmount(metric), false, asOf);
    case "national":
      return t.embedSource(false, false, true, asOf);
    case "region":
      return t.embedSource(false, false, false, asOf);
  }
}

/** While a slide cannot be drawn (its words loading or failed): Escape and a button still leave. */
function EscapeLeaves({ onExit, label }: { onExit: () => void; label: string }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onExit();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onExit]);
  return (
    <button type="button" className="present-leave" onClick={onExit}>
      {label}
    </button>
  );
}

function SlideBody({ index, geometry, slide }: { index: AtlasIndex; geometry: MapGeometry; slide: Slide }) {
  const view = slideView(slide);
  const adcode = view.region ? (index.provinceByIso.get(view.region)?.adcode ?? null) : null;
  switch (slide.subject) {
    case "map":
      return (
        <MapView
          index={index}
          geometry={geometry}
          metric={view.metric}
          periodId={view.period}
          selected={adcode}
          onSelect={() => {}}
          compact
        />
      );
    case "region":
    case "prefecture":
      return adcode ? (
        <LoadedChart
          loader={regionPanelModule}
          props={{ index, adcode, periodId: view.period, compact: true, prefecture: view.prefecture }}
        />
      ) : null;
    case "prefectures":
      return adcode ? (
        <div className="prefecture-slide">
          <PrefectureMap index={index} adcode={adcode} metric={view.metric} periodId={view.period} />
        </div>
      ) : null;
    case "national":
      return <NationalView index={index} periodId={view.period} layout="compact" />;
    case "compare":
      return <CompareSlide index={index} view={view} />;
    case "events":
      return <EventsSlide index={index} view={view} />;
  }
}
