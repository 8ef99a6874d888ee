/**
 * What the export tests build their images and CSVs from: the real province geometry, a palette of
 * distinct greys (so a test can tell the marks apart), and an export context on the real data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExportContext, ExportSubject, Palette } from "../../src/features/export/lib/export-context";
import { buildGeometry } from "../../src/geo/map-geometry";
import type { ProjectedMap } from "../../src/geo/province-map";
import type { Lang } from "../../src/i18n/lang";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { GENERATED_DIR, realEvents, realIndex } from "./real-data";

export function realGeometry() {
  return buildGeometry(
    JSON.parse(readFileSync(join(GENERATED_DIR, "china-provinces.map.json"), "utf8")) as ProjectedMap,
  );
}

export const TEST_PALETTE: Palette = {
  general: "#111",
  special: "#222",
  limit: "#333",
  key: "#444",
  notCovered: "#555",
  noDataDot: "#666",
  background: "#fff",
};

export function exportContext(
  subject: ExportSubject,
  lang: Lang,
  view: Partial<ViewState> = {},
  permalink = "https://example.org/?v=2",
): ExportContext {
  return {
    index: realIndex(),
    view: { ...DEFAULT_VIEW, ...view },
    subject,
    theme: "light",
    transparent: false,
    permalink,
    events: realEvents(),
    lang,
  };
}
