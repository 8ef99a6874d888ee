/**
 * A province's events, for what shows one province (its panel's list, its chart's marks, its
 * prefecture map, what it sold): the whole events file when it is already loaded (after the Events
 * view or a filtered map), otherwise the province's own file (data/province-events.ts), a fraction
 * of the size, so opening a province never waits for every province's events.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { atlasQuery, eventsQuery, provinceEventsQuery } from "../../data/queries";
import { eventsOfProvince } from "../../data/province-events";

/** @param enabled false: only what is already loaded, no download */
export function useProvinceEvents(adcode: string, enabled = true) {
  const client = useQueryClient();
  // The atlas data is in before anything shows a province; its index names the province's file.
  const iso = client.getQueryData(atlasQuery.queryKey)?.provinceByAdcode.get(adcode)?.iso;
  return useQuery({
    ...provinceEventsQuery(iso ?? `adcode-${adcode}`),
    enabled: enabled && iso !== undefined,
    initialData: () => {
      const all = client.getQueryData(eventsQuery.queryKey);
      return all ? eventsOfProvince(all, adcode) : undefined;
    },
  });
}
