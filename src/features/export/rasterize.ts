/**
 * Browser-only: turn a composed SVG string into a PNG, save a Blob as a file, copy a PNG to the
 * clipboard. Covered by the Playwright tests, not by unit tests (jsdom has no canvas or image
 * decoding).
 *
 * The SVG is drawn through an <img>, and browsers load nothing for SVG images: no web fonts, no
 * external images. That is why composeSvg makes documents self-contained and names system fonts.
 */
import type { Lang } from "../../i18n/lang";
import { exportRunMessages } from "./run-messages";

/** Chromium and Firefox refuse canvases past ~16k pixels a side or ~268M pixels in area. */
const MAX_CANVAS_SIDE = 16384;
const MAX_CANVAS_AREA = 268_000_000;

/** Errors are worded in `lang`: the Download menu shows them to the reader. */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  pixelRatio = 2,
  lang: Lang = "en",
): Promise<Blob> {
  const t = exportRunMessages[lang];
  if (!(width > 0 && height > 0 && pixelRatio > 0)) {
    throw new Error(t.badPngSize(width, height, pixelRatio));
  }
  const w = Math.round(width * pixelRatio);
  const h = Math.round(height * pixelRatio);
  if (w > MAX_CANVAS_SIDE || h > MAX_CANVAS_SIDE || w * h > MAX_CANVAS_AREA) {
    throw new Error(t.tooLarge(w, h));
  }

  // A Blob URL rather than a data: URL: no size limit, no base64 work, and Safari does not taint
  // the canvas for it.
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image();
    image.decoding = "async";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t.undecodable));
      image.src = url;
    });

    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext("2d");
    if (!context) throw new Error(t.noCanvas);
    // Drawing at the target size re-renders the vector image, so text stays sharp at any ratio.
    context.drawImage(image, 0, 0, w, h);

    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t.noEncode))), "image/png");
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob under a file name through a temporary <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in Firefox and Safari; a short delay cannot.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type CopyResult = { ok: true } | { ok: false; reason: string };

/**
 * Copies a PNG to the clipboard. Accepts a promise as well as a Blob: Safari only allows the write
 * while the click's user activation lasts, so call this synchronously in the click handler with
 * the still-pending `svgToPngBlob(...)` promise rather than awaiting the PNG first.
 */
export async function copyPngToClipboard(blob: Blob | Promise<Blob>, lang: Lang = "en"): Promise<CopyResult> {
  const t = exportRunMessages[lang];
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clipboard || typeof clipboard.write !== "function" || typeof ClipboardItem === "undefined") {
    return { ok: false, reason: t.copyUnsupported };
  }
  // ClipboardItem.supports is newer than ClipboardItem; absent means "try it".
  const supports = (ClipboardItem as unknown as { supports?: (type: string) => boolean }).supports;
  if (typeof supports === "function" && !supports.call(ClipboardItem, "image/png")) {
    return { ok: false, reason: t.copyUnsupported };
  }
  try {
    await clipboard.write([new ClipboardItem({ "image/png": blob })]);
    return { ok: true };
  } catch (error) {
    // DOMExceptions are not Errors in every engine; read the name structurally.
    const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
    if (name === "NotAllowedError") {
      return { ok: false, reason: t.copyNotAllowed };
    }
    return { ok: false, reason: t.copyFailed(error instanceof Error ? error.message : "") };
  }
}
