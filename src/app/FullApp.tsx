/**
 * The full atlas: the page's chrome (header, footer), then navigation, controls, the header's
 * actions (HeaderActions.tsx) and the page for the view in the URL (ViewSwitch.tsx). What a
 * download is made from (use-export-context.ts) and how the province panel closes
 * (use-region-close.ts) are worked out here once and handed down.
 */
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import type { MapGeometry } from "../geo/map-geometry";
import type { ViewStateApi } from "../state/use-view-state";
import type { Theme } from "../state/view-state";
import { DownloadMenu } from "../features/export/DownloadMenu";
import { AddToDeck } from "../features/deck/AddToDeck";
import { ViewBoundary } from "../ui/ViewBoundary";
import { Controls } from "./Controls";
import { Nav } from "./Nav";
import { useMessages } from "../i18n/context";
import { appMessages } from "./messages";
import { useUserDataShowing } from "../features/user-data/UserData";
import { HeaderActions } from "./HeaderActions";
import { ViewSwitch } from "./ViewSwitch";
import { useExportContext, type Downloads } from "./use-export-context";
import { useRegionClose } from "./use-region-close";
import { ONLINE, offlineState, subscribeOffline } from "./offline";

/** Only a link with settings the parser ignored needs the notice and its words: loaded then. */
const IgnoredNotice = lazy(() => import("./IgnoredNotice").then((m) => ({ default: m.IgnoredNotice })));
/** Only a page offline, or with a new version waiting, needs the notice and its words: loaded then. */
const OfflineNotice = lazy(() => import("./OfflineNotice").then((m) => ({ default: m.OfflineNotice })));
/** Only a view pinned to a data release says which, and what was revised since: loaded then. */
const PinnedNotice = lazy(() => import("../features/releases/PinnedNotice").then((m) => ({ default: m.PinnedNotice })));

/**
 * The first tab stop: straight to the map's one tab stop (the province it last reached), or to the
 * view's <main> elsewhere, past the header, language, theme, Share and the nav.
 */
function SkipLink() {
  const t = useMessages(appMessages);
  const skip = () => {
    const target =
      document.querySelector<HTMLElement>('main [data-region][tabindex="0"]') ??
      document.querySelector<HTMLElement>("main");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  };
  return (
    <button type="button" className="skip-link" onClick={skip}>
      {t.skipToContent}
    </button>
  );
}

/** The page's header; the atlas's actions (language, theme, your data, Share) once it has loaded. */
export function AppHeader({ actions }: { actions?: ReactNode }) {
  const t = useMessages(appMessages);
  return (
    <header className="app-header">
      <SkipLink />
      <div className="app-title">
        <h1>{t.title}</h1>
        <p className="tagline">{t.tagline}</p>
      </div>
      <div className="header-actions">{actions}</div>
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
  // The analyst's own CSV, when shown, replaces the atlas's map; it lives in memory, never in the URL.
  const showingUserData = useUserDataShowing();
  // Offline, the page says whose figures it shows; a new version waiting is offered (app/offline.ts).
  const offline = useSyncExternalStore(subscribeOffline, offlineState, () => ONLINE);
  const selected = view.region ? (index.provinceByIso.get(view.region)?.adcode ?? null) : null;
  const exportContext = useExportContext(index, view, theme);
  // Every view's actions: its Download menu, and Add to deck for the same subject.
  const downloads: Downloads = (subject, label) => (
    <span className="actions-group">
      <DownloadMenu context={exportContext(subject)} geometry={geometry} label={label} />
      <AddToDeck view={view} setView={setView} subject={subject} theme={theme} />
    </span>
  );
  const close = useRegionClose(view, setView, selected);

  return (
    <>
      <AppHeader
        actions={
          <HeaderActions
            index={index}
            geometry={geometry}
            view={view}
            setView={setView}
            theme={theme}
            exportContext={exportContext}
          />
        }
      />
      {ignored.length > 0 && (
        <ViewBoundary name="notice" quiet>
          <Suspense fallback={null}>
            <IgnoredNotice ignored={ignored} onDismiss={dismissIgnored} />
          </Suspense>
        </ViewBoundary>
      )}
      {(offline.offline || offline.update) && (
        <ViewBoundary name="offline" quiet>
          <Suspense fallback={null}>
            <OfflineNotice index={index} state={offline} />
          </Suspense>
        </ViewBoundary>
      )}
      {view.vintage && (
        <ViewBoundary name="data release" quiet>
          <Suspense fallback={null}>
            <PinnedNotice index={index} view={view} />
          </Suspense>
        </ViewBoundary>
      )}
      <div className="toolbar" role="region" aria-label={t.toolbarLabel}>
        <Nav view={view} onView={(v) => setView({ view: v })} />
        {/* The metric and year pick the atlas's figures: hidden while the map shows the reader's own data. */}
        {view.view !== "events" &&
          view.view !== "sources" &&
          !(showingUserData && (view.view === "map" || view.view === "region")) && (
            <Controls
              metric={view.metric}
              periodId={view.period}
              showMetric={view.view !== "national"}
              onMetric={(metric) => setView({ metric })}
              onPeriod={(period, history) => setView({ period }, history)}
            />
          )}
      </div>
      <ViewSwitch
        index={index}
        geometry={geometry}
        view={view}
        setView={setView}
        theme={theme}
        selected={selected}
        onCloseRegion={close}
        showingUserData={showingUserData}
        downloads={downloads}
      />
    </>
  );
}
