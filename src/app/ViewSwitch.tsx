/**
 * The page for the view in the URL: the national page, the map page, or one of the analyst views
 * (Compare, Events, Sources), which load when first opened so the map page never pays for them.
 * Each view has its own <main> and its own error boundary.
 */
import { lazy, Suspense, type ReactNode } from "react";
import { NationalView } from "./national-part";
import type { AtlasIndex } from "../data/atlas-index";
import type { MapGeometry } from "../geo/map-geometry";
import { useMessages } from "../i18n/context";
import type { ViewProps } from "../state/view-props";
import type { Theme, ViewState } from "../state/view-state";
import { ViewBoundary } from "../ui/ViewBoundary";
import { ViewLoading } from "../ui/ViewLoading";
import { MapPage } from "./MapPage";
import { appMessages } from "./messages";
import type { Downloads } from "./use-export-context";

// The analyst views load when first opened: the map page never pays for them.
const CompareView = lazy(() => import("../features/compare/CompareView").then((m) => ({ default: m.CompareView })));
const EventsView = lazy(() => import("../features/events/EventsView").then((m) => ({ default: m.EventsView })));
const SourcesView = lazy(() => import("../features/sources/SourcesView").then((m) => ({ default: m.SourcesView })));

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

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  view: ViewState;
  setView: ViewProps["setView"];
  theme: Theme;
  /** The open province's adcode, or null. */
  selected: string | null;
  onCloseRegion: () => void;
  showingUserData: boolean;
  downloads: Downloads;
}

export function ViewSwitch(props: Props) {
  const { index, geometry, view, setView, theme, selected, onCloseRegion, showingUserData, downloads } = props;
  const t = useMessages(appMessages);
  switch (view.view) {
    case "national":
      return (
        <LazyPage name="National">
          <NationalView
            index={index}
            periodId={view.period}
            layout="page"
            actions={downloads("national", t.download)}
          />
        </LazyPage>
      );
    case "compare":
      return (
        <LazyPage name="Compare" wide>
          <CompareView index={index} view={view} setView={setView} actions={downloads("compare", t.download)} />
        </LazyPage>
      );
    case "events":
      return (
        <LazyPage name="Events" wide>
          <EventsView index={index} view={view} setView={setView} theme={theme} />
        </LazyPage>
      );
    case "sources":
      return (
        <LazyPage name="Sources & method">
          <SourcesView index={index} view={view} setView={setView} />
        </LazyPage>
      );
    default:
      return (
        <MapPage
          index={index}
          geometry={geometry}
          view={view}
          setView={setView}
          selected={selected}
          onClose={onCloseRegion}
          showingUserData={showingUserData}
          downloads={downloads}
        />
      );
  }
}
