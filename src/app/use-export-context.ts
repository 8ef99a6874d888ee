/**
 * What a download or a copied image of the current view is made from: the data, the view, the
 * theme in force, the reader's language and the link back to the view. One builder per subject,
 * shared by every Download menu in the shell and by the Share dialog's Copy image.
 */
import { useCallback, type ReactNode } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { AtlasIndex } from "../data/atlas-index";
import { prefectureDataQuery, prefectureQuery } from "../data/prefecture-query";
import type { PrefectureDataFile } from "../data/prefecture-types";
import type { ExportContext, ExportSubject } from "../features/export/lib/export-context";
import { viewLink } from "../state/view-link";
import { useLang } from "../i18n/context";
import { atlasBase } from "../state/address";
import type { Theme, ViewState } from "../state/view-state";

/** A subject's Download menu, with its label ("Download", "Download chart"...). */
export type Downloads = (subject: ExportSubject, label: string) => ReactNode;

/** Per subject, the builder a download calls when it starts (so it takes the view as it is then). */
export type ExportContexts = (subject: ExportSubject) => () => ExportContext;

/** The prefecture files already fetched (Compare's league fetched them), by province adcode: never a new fetch. */
function cachedPrefectureFiles(client: QueryClient, index: AtlasIndex): Map<string, PrefectureDataFile> {
  const files = new Map<string, PrefectureDataFile>();
  for (const p of index.covered) {
    const file = client.getQueryData(prefectureDataQuery(p.adcode).queryKey);
    if (file) files.set(p.adcode, file);
  }
  return files;
}

function openPrefectureFiles(
  client: QueryClient,
  index: AtlasIndex,
  view: ViewState,
): Pick<ExportContext, "prefectureFile" | "prefectureMap"> {
  const adcode = view.region ? index.provinceByIso.get(view.region)?.adcode : undefined;
  if (!adcode) return {};
  return {
    prefectureFile: client.getQueryData(prefectureDataQuery(adcode).queryKey),
    prefectureMap: client.getQueryData(prefectureQuery(adcode).queryKey),
  };
}

export function useExportContext(index: AtlasIndex, view: ViewState, theme: Theme): ExportContexts {
  const lang = useLang();
  const client = useQueryClient();
  return useCallback(
    (subject: ExportSubject) => (): ExportContext => ({
      index,
      view,
      subject,
      theme,
      transparent: false,
      permalink: viewLink(atlasBase(), view, lang),
      lang,
      // Compare's prefecture league is built from the province files it loaded, read when the download starts.
      prefectures:
        subject === "compare" && view.compareLevel === "prefectures" ? cachedPrefectureFiles(client, index) : undefined,
      // The open province's prefecture figures and map, as its panel fetched them.
      ...(subject === "prefectures" || subject === "prefecture" ? openPrefectureFiles(client, index, view) : {}),
    }),
    [index, view, theme, lang, client],
  );
}
