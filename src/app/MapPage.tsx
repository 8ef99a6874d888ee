/**
 * The map page: the map (the atlas's, or the reader's own data while shown) and beside it the
 * open province's panel or, with none open, the national summary. The panel's code is split off
 * and preloaded once the map is drawn (chart-modules.ts), so opening a province draws at once.
 */
import { Suspense, useCallback } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import { MapView } from "../features/map/MapView";
import { UserDataMap } from "../features/user-data/UserData";
import type { MapGeometry } from "../geo/map-geometry";
import { useMessages } from "../i18n/context";
import type { ViewProps } from "../state/view-props";
import type { ViewState } from "../state/view-state";
import { LoadedChart } from "../ui/LoadedChart";
import { ViewBoundary } from "../ui/ViewBoundary";
import { ViewLoading } from "../ui/ViewLoading";
import { regionPanelModule } from "./chart-modules";
import { appMessages } from "./messages";
import { NationalView } from "./national-part";
import type { Downloads } from "./use-export-context";

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  view: ViewState;
  setView: ViewProps["setView"];
  /** The open province's adcode, or null. */
  selected: string | null;
  onClose: () => void;
  showingUserData: boolean;
  downloads: Downloads;
}

export function MapPage({ index, geometry, view, setView, selected, onClose, showingUserData, downloads }: Props) {
  const t = useMessages(appMessages);
  const onSelect = useCallback(
    (adcode: string) => setView({ region: index.provinceByAdcode.get(adcode)?.iso ?? null }),
    [index, setView],
  );
  return (
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
                onClose,
                actions: downloads("region", t.downloadChart),
                prefectureActions: {
                  map: downloads("prefectures", t.downloadPrefectureMap),
                  profile: downloads("prefecture", t.downloadPrefecture),
                },
                view,
                setView,
              }}
            />
          ) : (
            // Its own Suspense boundary: where the app adopts the built page, the drawn summary stays
            // as it is until its code arrives (app/national-part.ts), while the map works.
            <Suspense fallback={<ViewLoading />}>
              <NationalView
                index={index}
                periodId={view.period}
                layout="side"
                actions={downloads("national", t.downloadChart)}
              />
            </Suspense>
          )}
        </ViewBoundary>
      </div>
    </main>
  );
}
