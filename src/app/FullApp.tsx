/** The full atlas: navigation, controls, the map with its side panel, or the national page. */
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { AtlasIndex } from "../data/atlas-index";
import type { MapGeometry } from "../features/map/lib/geometry";
import { MapView } from "../features/map/MapView";
import { NationalView } from "../features/national/NationalView";
import { regionPanelModule } from "../features/charts";
import { LoadedChart } from "../ui/LoadedChart";
import type { ViewStateApi } from "../state/use-view-state";
import type { Theme } from "../state/view-state";
import { ThemeSelect } from "../ui/ThemeSelect";
import { viewTitle } from "../ui/titles";
import { DownloadMenu } from "../features/export/DownloadMenu";
import type { ExportContext, ExportSubject } from "../features/export/lib/view-export";
import { atlasBase, viewLink } from "../features/share/lib/view-link";
import { Controls } from "./Controls";
import { IgnoredNotice } from "./IgnoredNotice";
import { Nav } from "./Nav";
import { ViewLoading } from "../ui/ViewLoading";
import { ViewBoundary } from "../ui/ViewBoundary";
import { useLang, useMessages } from "../i18n/context";
import { appMessages } from "./messages";
import { LanguageSwitch } from "./LanguageSwitch";
import { provinceName } from "../i18n/domain";
import { UserDataButton, UserDataMap, useUserDataShowing } from "../features/user-data/UserData";

// The analyst views load when first opened: the map page never pays for them.
const CompareView = lazy(() => import("../features/compare/CompareView").then((m) => ({ default: m.CompareView })));
const EventsView = lazy(() => import("../features/events/EventsView").then((m) => ({ default: m.EventsView })));
const SourcesView = lazy(() => import("../features/sources/SourcesView").then((m) => ({ default: m.SourcesView })));
// The Share dialog loads when the Share button is first pointed at, focused or pressed.
const loadShareDialog = () => import("../features/share/ShareDialog").then((m) => ({ default: m.ShareDialog }));
const ShareDialog = lazy(loadShareDialog);

const HEADER_ACTIONS_ID = "header-actions";

/** A view whose code loads on first use: its own <main>, a loading line, and its own error boundary. */
function LazyPage({ name, wide = false, children }: { name: string; wide?: boolean; children: ReactNode }) {
  return (
    <main className={`atlas-main single${wide ? " wide" : ""}`}>
      <ViewBoundary name={name}>
        <Suspense fallback={<ViewLoading />}>{children}</Suspense>
      </ViewBoundary>
    </main>
  );
}

export function AppHeader() {
  const t = useMessages(appMessages);
  return (
    <header className="app-header">
      <div>
        <h1>{t.title}</h1>
        <p className="tagline">{t.tagline}</p>
      </div>
      {/* Filled by FullApp once the atlas has loaded (theme, Share). */}
      <div id={HEADER_ACTIONS_ID} className="header-actions" />
    </header>
  );
}

export function AppFooter() {
  const t = useMessages(appMessages);
  return <footer className="app-footer">{t.footer}</footer>;
}

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  state: ViewStateApi;
  theme: Theme;
}

export function FullApp({ index, geometry, state, theme }: Props) {
  const { view, setView, ignored, dismissIgnored } = state;
  const t = useMessages(appMessages);
  const lang = useLang();
  // The analyst's own CSV, when shown, replaces the atlas's map; it lives in memory, never in the URL.
  const showingUserData = useUserDataShowing();
  const [sharing, setSharing] = useState(false);
  // The dialog stays mounted once opened, so a second Share opens it at once and as the reader left it.
  const [shareMounted, setShareMounted] = useState(false);
  const [headerActions] = useState(() => document.getElementById(HEADER_ACTIONS_ID));
  const selected = view.region ? (index.provinceByIso.get(view.region)?.adcode ?? null) : null;
  const exportContext = useCallback(
    (subject: ExportSubject) => (): ExportContext => ({
      index,
      view,
      subject,
      theme,
      transparent: false,
      permalink: viewLink(atlasBase(window.location), view, lang),
      lang,
    }),
    [index, view, theme, lang],
  );
  const downloads = (subject: ExportSubject, label: string) => (
    <DownloadMenu context={exportContext(subject)} geometry={geometry} label={label} />
  );

  const onSelect = useCallback(
    (adcode: string) => setView({ region: index.provinceByAdcode.get(adcode)?.iso ?? null }),
    [index, setView],
  );
  const close = useCallback(() => {
    setView({ region: null, view: "map" });
    // Return focus to the province that was open, so keyboard users keep their place.
    if (selected)
      (document.querySelector(`[data-adcode="${selected}"]`) as SVGElement | null)?.focus({ preventScroll: true });
  }, [setView, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape and Home close the province panel, which only the map view has.
      if (!view.region || (view.view !== "map" && view.view !== "region")) return;
      const typing =
        e.target instanceof HTMLInputElement ||
        e.target instanceof HTMLSelectElement ||
        e.target instanceof HTMLTextAreaElement;
      if (e.key === "Escape" && !document.querySelector("dialog[open]")) close();
      else if (e.key === "Home" && !typing) close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [close, view.region, view.view]);

  return (
    <>
      <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
      <div className="toolbar" role="region" aria-label={t.toolbarLabel}>
        <Nav view={view} onView={(v) => setView({ view: v })} />
        {/* The metric and year pick the atlas's figures: hidden while the map shows the reader's own data. */}
        {view.view !== "events" &&
          view.view !== "sources" &&
          !(showingUserData && (view.view === "map" || view.view === "region")) && (
            <Controls
              metric={view.metric}
              periodId={view.period}
              onMetric={(metric) => setView({ metric })}
              onPeriod={(period, history) => setView({ period }, history)}
            />
          )}
      </div>
      {headerActions &&
        createPortal(
          <>
            <LanguageSwitch lang={lang} onChange={(l) => setView({ lang: l })} />
            <label className="theme-picker">
              <span className="theme-label">{t.theme}</span>
              <ThemeSelect
                label={t.theme}
                value={view.theme}
                autoLabel={t.themeAuto(theme)}
                names={t.themes}
                onChange={(th) => setView({ theme: th })}
              />
            </label>
            <UserDataButton provinces={index.data.provinces} />
            <button
              className="share-button"
              onPointerEnter={() => void loadShareDialog()}
              onFocus={() => void loadShareDialog()}
              onClick={() => {
                setShareMounted(true);
                setSharing(true);
              }}
            >
              {t.share}
            </button>
          </>,
          headerActions,
        )}
      {shareMounted && (
        <ViewBoundary name="Share">
          <Suspense fallback={null}>
            <ShareDialog
              open={sharing}
              onClose={() => setSharing(false)}
              view={view}
              title={viewTitle(index, view, lang).title}
              regionName={
                view.region ? ((p) => (p ? provinceName(p, lang) : null))(index.provinceByIso.get(view.region)) : null
              }
              onCopyImage={async () => {
                const { copyImage } = await import("../features/export/run-export");
                return copyImage(exportContext(view.view === "national" ? "national" : "map")(), geometry);
              }}
            />
          </Suspense>
        </ViewBoundary>
      )}
      {view.view === "national" ? (
        <main className="atlas-main single">
          <ViewBoundary name="National">
            <NationalView
              index={index}
              periodId={view.period}
              layout="page"
              actions={downloads("national", t.download)}
            />
          </ViewBoundary>
        </main>
      ) : view.view === "compare" ? (
        <LazyPage name="Compare" wide>
          <CompareView index={index} view={view} setView={setView} actions={downloads("compare", t.download)} />
        </LazyPage>
      ) : view.view === "events" ? (
        <LazyPage name="Events" wide>
          <EventsView index={index} view={view} setView={setView} theme={theme} />
        </LazyPage>
      ) : view.view === "sources" ? (
        <LazyPage name="Sources & method">
          <SourcesView index={index} view={view} setView={setView} />
        </LazyPage>
      ) : (
        <main className="atlas-main">
          <ViewBoundary name="map">
            {showingUserData ? (
              <UserDataMap index={index} geometry={geometry} selected={selected} onSelect={onSelect} />
            ) : (
              <MapView
                index={index}
                geometry={geometry}
                metric={view.metric}
                periodId={view.period}
                selected={selected}
                onSelect={onSelect}
                actions={downloads("map", t.downloadMap)}
                eventView={view}
              />
            )}
          </ViewBoundary>
          <div className={`side${selected ? " has-region" : ""}`}>
            {/* Keyed, so opening another province clears a previous failure. */}
            <ViewBoundary key={selected ?? "national"} name={selected ? "province" : "national summary"}>
              {selected ? (
                <LoadedChart
                  loader={regionPanelModule}
                  fallback={<ViewLoading />}
                  props={{
                    index,
                    adcode: selected,
                    periodId: view.period,
                    onClose: close,
                    actions: downloads("region", t.downloadChart),
                    view,
                    setView,
                  }}
                />
              ) : (
                <NationalView
                  index={index}
                  periodId={view.period}
                  layout="side"
                  actions={downloads("national", t.downloadChart)}
                />
              )}
            </ViewBoundary>
          </div>
        </main>
      )}
    </>
  );
}
