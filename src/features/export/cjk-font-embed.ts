/**
 * Browser-only: gives an export SVG the "Atlas CJK" files its Chinese text needs (src/i18n/cjk-font.ts),
 * embedded by lib/svg-fonts.ts. Only the files holding a character of this image are embedded, not
 * the whole font. The manifest and each file are fetched once per page (the page has usually
 * fetched the files already, so they come from the HTTP cache). If they cannot be had (offline,
 * a build without the font) the export goes ahead with system fonts rather than failing.
 */
import {
  CJK_FONT_DIR,
  CJK_FONT_MANIFEST,
  filesFor,
  hasCjk,
  parseCjkFontManifest,
  type CjkFontManifest,
} from "../../i18n/cjk-font";
import { embedFontFaces } from "./lib/svg-fonts";

const dir = `${import.meta.env.BASE_URL}${CJK_FONT_DIR}`;
let manifest: Promise<CjkFontManifest | null> | undefined;
const files = new Map<string, Promise<string>>();

async function fetchManifest(): Promise<CjkFontManifest | null> {
  try {
    const response = await fetch(`${dir}${CJK_FONT_MANIFEST}`);
    return response.ok ? parseCjkFontManifest(await response.json()) : null;
  } catch {
    return null;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // String.fromCharCode takes its arguments on the stack: a chunk at a time.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fetchBase64(file: string): Promise<string> {
  let pending = files.get(file);
  if (!pending) {
    pending = fetch(`${dir}${file}`).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      return toBase64(new Uint8Array(await response.arrayBuffer()));
    });
    // A failed fetch is not remembered: the next export tries again.
    pending.catch(() => files.delete(file));
    files.set(file, pending);
  }
  return pending;
}

/** The SVG with the font files its CJK characters need embedded; unchanged if none or unavailable. */
export async function withCjkFont(svg: string): Promise<string> {
  if (!hasCjk(svg)) return svg;
  manifest ??= fetchManifest();
  const loaded = await manifest;
  if (!loaded) {
    manifest = undefined;
    return svg;
  }
  try {
    const needed = filesFor(svg, loaded);
    const fonts = await Promise.all(
      needed.map(async (f) => ({ characters: f.characters, base64: await fetchBase64(f.file) })),
    );
    return embedFontFaces(svg, loaded.family, loaded.weight, fonts);
  } catch {
    return svg;
  }
}
