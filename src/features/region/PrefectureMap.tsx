/** A province's prefecture-level map with markers for its events whose place is known. */
import type { AtlasIndex } from "../../data/atlas-index";

export function PrefectureMap({ adcode }: { index: AtlasIndex; adcode: string }) {
  return <div className="prefecture-map" data-adcode={adcode} />;
}
