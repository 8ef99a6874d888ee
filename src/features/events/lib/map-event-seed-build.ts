/**
 * The map's event counts for a view without event filters, as the build works them out for the
 * built page (src/app/server-render.tsx; map-event-seed.ts says how the app reads them back).
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { EventRecord } from "../../../data/atlas-types";
import { countByProvince, filterEvents } from "./filter-events";
import { placeNamesOf } from "./event-view";
import type { MapEventSeed } from "./map-event-seed";

export function mapEventSeed(events: readonly EventRecord[], index: AtlasIndex): MapEventSeed {
  const selection = filterEvents(
    events,
    { kinds: [], province: null, from: null, to: null, query: "" },
    placeNamesOf(index),
  );
  return {
    counts: Object.fromEntries(countByProvince(selection.dated)),
    national: selection.dated.filter((e) => !e.provinceAdcode).length,
    undated: selection.undated.length,
  };
}
