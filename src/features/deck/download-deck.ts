/**
 * Download deck (.pptx): each slide's view as its Download menu would export it (its subject, in its
 * own language, with the figures the view draws: the events its filters select, the province's
 * prefecture files), then one PowerPoint file of them all, written by the export feature. Loaded
 * when a presenter presses the button.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { prefectureDataQuery, prefectureQuery } from "../../data/prefecture-query";
import { eventsQuery } from "../../data/queries";
import type { MapGeometry } from "../../geo/map-geometry";
import { loadWords } from "../../i18n/messages";
import type { Lang } from "../../i18n/lang";
import { atlasBase } from "../../state/address";
import { slideView } from "../../state/deck";
import { viewLink } from "../../state/view-link";
import { deckSlides } from "../../state/deck-reader";
import type { Slide, ViewState } from "../../state/view-state";
import { filterEvents } from "../events/lib/filter-events";
import { filterOfView, placeNamesOf } from "../events/lib/event-view";
import type { ExportContext } from "../export/lib/export-context";
import { deckFileName, downloadPptx } from "../export/run-pptx";
import { panelMessages } from "./panel-messages";

export interface DeckDownload {
  index: AtlasIndex;
  geometry: MapGeometry;
  view: ViewState;
  /** The reader's language: the deck's own words (its title when untitled, the notes' language). */
  lang: Lang;
  client: QueryClient;
}

/** Resolves to a status line for the panel once the file is saved. */
export async function downloadDeck({ index, geometry, view, lang, client }: DeckDownload): Promise<string> {
  const t = panelMessages[lang];
  const slides = deckSlides(view, new Set(index.covered.map((p) => p.iso)));
  const contexts = await Promise.all(slides.map((slide) => contextOf(slide, index, lang, client)));
  const title = view.deckTitle || t.untitled;
  const name = await downloadPptx(contexts, geometry, { title, lang, fileName: deckFileName(title) });
  return t.saved(name, slides.length);
}

async function contextOf(
  slide: Slide,
  index: AtlasIndex,
  readerLang: Lang,
  client: QueryClient,
): Promise<ExportContext> {
  const view = slideView(slide);
  const lang = view.lang ?? readerLang;
  await loadWords(lang);
  const ctx: ExportContext = {
    index,
    view,
    subject: slide.subject,
    theme: view.theme ?? "light",
    transparent: false,
    permalink: viewLink(atlasBase(), view, lang),
    lang,
    slideTitle: slide.title || undefined,
  };
  if (slide.subject === "events") {
    const all = await client.fetchQuery(eventsQuery);
    ctx.events = filterEvents(all, filterOfView(view, index, view.region), placeNamesOf(index)).events;
  }
  const adcode = view.region ? index.provinceByIso.get(view.region)?.adcode : undefined;
  if ((slide.subject === "prefectures" || slide.subject === "prefecture") && adcode) {
    ctx.prefectureFile = await client.fetchQuery(prefectureDataQuery(adcode));
    ctx.prefectureMap = await client.fetchQuery(prefectureQuery(adcode));
  }
  return ctx;
}
