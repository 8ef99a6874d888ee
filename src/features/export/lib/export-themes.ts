/**
 * The export's default look per page theme: type scale, fonts and the colours used when the page's
 * own CSS variables are not available (tests). The page's colours override these (image-frame.ts).
 */
import type { Palette } from "./export-context";
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

/**
 * The light theme's colours as plain values (styles.css :root and events.css), for what is made
 * away from the page: a PowerPoint deck is drawn light whatever the page's theme, as a slide
 * template is (the presenter restyles it in PowerPoint). A test holds these to the stylesheets.
 */
export const LIGHT_PALETTE: Palette = {
  general: "#4c5ca6",
  special: "#7e8bc6",
  limit: "#b45309",
  key: "#c2410c",
  notCovered: "#d4d4d8",
  noDataDot: "#8b8f99",
  background: "#ffffff",
  totalOnly: "#64748b",
  accent: "#2d3a82",
  text: "#1c1d21",
  muted: "#5b5f6a",
  border: "#d9dbe1",
  eventKinds: {
    asset_sale: "#0f766e",
    policy: "#4c5ca6",
    risk_list: "#c2410c",
    financial_risk: "#b91c1c",
    other: "#6b7280",
  },
};
