/**
 * The link's prefecture (`p`, with `r`) as its province's file names it, or null (no `p`, the file
 * not loaded yet or failed, or a code the file does not list). Reads the same query the province's
 * panel fetches, so it costs no request of its own where the panel is open.
 */
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../data/atlas-index";
import { prefectureDataQuery } from "../data/prefecture-query";
import type { PrefectureUnit } from "../data/prefecture-types";
import type { ViewState } from "../state/view-state";

export function usePrefectureUnit(index: AtlasIndex, view: ViewState): PrefectureUnit | null {
  const adcode = view.region ? (index.provinceByIso.get(view.region)?.adcode ?? null) : null;
  const wanted = adcode !== null && view.prefecture !== null;
  const file = useQuery({ ...prefectureDataQuery(adcode ?? ""), enabled: wanted });
  if (!wanted || !file.data) return null;
  return file.data.units.find((u) => u.adcode === view.prefecture || u.code === view.prefecture) ?? null;
}
