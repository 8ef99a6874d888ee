/**
 * Saves views as a PowerPoint file: each view's slide (lib/pptx/slide-spec.ts) in the light
 * palette, written by lib/pptx/write-pptx.ts (which loads pptxgenjs on first use), then downloaded.
 * The one place the .pptx meets the browser (a Blob and a download).
 */
import type { MapGeometry } from "../../geo/map-geometry";
import type { Lang } from "../../i18n/lang";
import type { ExportContext } from "./lib/export-context";
import { LIGHT_PALETTE } from "./lib/export-themes";
import { slideSpec } from "./lib/pptx/slide-spec";
import { writePptx } from "./lib/pptx/write-pptx";
import { slugify } from "./lib/filename";
import { downloadBlob } from "./rasterize";

const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** Resolves to the file's name once it is saved; rejects with a reason a reader can act on. */
export async function downloadPptx(
  contexts: readonly ExportContext[],
  geometry: MapGeometry | undefined,
  /** The file's title ("": its first slide's), language and name. */
  deck: { title: string; lang: Lang; fileName: string },
): Promise<string> {
  const slides = contexts.map((ctx) => slideSpec(ctx, geometry, LIGHT_PALETTE));
  const bytes = await writePptx(slides, { title: deck.title || (slides[0]?.title ?? ""), lang: deck.lang });
  downloadBlob(new Blob([bytes as BlobPart], { type: PPTX_TYPE }), deck.fileName);
  return deck.fileName;
}

/** A deck's file name from its title: "guizhou-and-the-key-regions_deck.pptx". */
export function deckFileName(title: string): string {
  return `${slugify(title) || "china-local-debt-atlas"}_deck.pptx`;
}
