/**
 * A province's events, for what shows one province (its panel's list, its chart's marks, its
 * prefecture map, what it sold, an amount's overlaps): taken from the whole events file whenever
 * that is loaded (after the Events view or a filtered map), otherwise from the province's own file
 * (data/province-events.ts), a fraction of the size, so opening a province never waits for every
 * province's events. A failed province file gives way to the whole file once that is in.
 */
import { useMemo } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { EventRecord } from "../../data/atlas-types";
import { atlasQuery, eventsQuery, provinceEventsQuery } from "../../data/queries";
import { eventsOfProvince } from "../../data/province-events";

export interface ProvinceEvents {
  data: EventRecord[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** @param enabled false: only what is already loaded, no download */
export function useProvinceEvents(adcode: string, enabled = true): ProvinceEvents {
  const client = useQueryClient();
  // The atlas data is in before anything shows a province; its index names the province's file.
  const iso = client.getQueryData(atlasQuery.queryKey)?.provinceByAdcode.get(adcode)?.iso;
  // The whole file, if something else loaded it: read, never downloaded from here.
  const whole = useQuery({ ...eventsQuery, enabled: false });
  const own = useQuery({
    ...provinceEventsQuery(iso ?? "", adcode),
    enabled: enabled && iso !== undefined && whole.data === undefined,
  });
  const fromWhole = useMemo(
    () => (whole.data ? eventsOfProvince(whole.data, adcode) : undefined),
    [whole.data, adcode],
  );
  if (fromWhole) return { data: fromWhole, isPending: false, isError: false, error: null, refetch: own.refetch };
  return { data: own.data, isPending: own.isPending, isError: own.isError, error: own.error, refetch: own.refetch };
}
