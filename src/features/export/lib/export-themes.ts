/**
 * The export's default look per page theme: type scale, fonts and the colours used when the page's
 * own CSS variables are not available (tests). The page's colours override these (image-frame.ts).
 */
import type { ExportTheme } from "./export-spec";

// "Atlas CJK" (the atlas's subset font, CJK characters only) is embedded by run-export when the
// image has Chinese text (lib/svg-fonts.ts); first, as on the page, and unused when absent.
const SYSTEM_FONTS =
  '"Atlas CJK", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * System fonts, plus the atlas's CJK subset when it is embedded: an SVG drawn through <img> cannot
 * load the page's web fonts, only what it carries. The stack also lists system CJK faces.
 */
export const DEFAULT_EXPORT_THEMES: Record<"light" | "dark" | "projector", ExportTheme> = {
  light: {
    background: "#ffffff",
    text: "#1c1d21",
    muted: "#5b5f6a",
    border: "#d9dbe1",
    fontFamily: SYSTEM_FONTS,
    scale: 1,
  },
  dark: {
    background: "#15171c",
    text: "#f2f3f5",
    muted: "#a9aebb",
    border: "#3b404c",
    fontFamily: SYSTEM_FONTS,
    scale: 1,
  },
  // Projectors wash out mid-greys and thin lines: pure black text, darker muted, bigger and bolder.
  projector: {
    background: "#ffffff",
    text: "#000000",
    muted: "#2f333b",
    border: "#8a909c",
    fontFamily: SYSTEM_FONTS,
    scale: 1.35,
  },
};
