/**
 * File names for downloads, e.g. `china-local-debt_debt-gdp_2024_inner-mongolia_slide.png`.
 * Underscores separate the parts and dashes join words inside a part, so the name reads back as
 * what it shows and sorts by metric, then period. Only lowercase ASCII letters, digits, "-" and
 * "_" are ever written: safe on every file system, in URLs and in e-mail attachments, and never a
 * path separator. Pure.
 */
import type { Lang } from "../../../i18n/lang";
import { exportRunMessages } from "../run-messages";

export type ExportExtension = "png" | "svg" | "csv" | "pptx";

export interface FileNameParts {
  /** Metric id, e.g. "debt_gdp" (written "debt-gdp"). */
  metric: string;
  /** Period as in the URL, e.g. "2024" or "2025-06". */
  period: string;
  /** English region name or ISO code; null for the national view. */
  region: string | null;
  /** Optional view qualifier, e.g. "balance-chart". */
  view?: string;
  /** Optional part, e.g. "slide". */
  suffix?: string;
  /** The export's language; a Chinese export ends in "_zh" so both versions can sit side by side. */
  lang?: Lang;
}

export const FILE_NAME_PREFIX = "china-local-debt";

/** Bounds one part so a pathological label cannot make a name longer than file systems allow. */
const MAX_PART = 48;

/**
 * Lowercase ASCII words joined by "-". Accents are folded first ("Xīnjiāng" -> "xinjiang") so
 * pinyin with tone marks stays readable; anything else that is not a letter or digit (including
 * Chinese characters, "/" and "\") becomes a dash, and runs of dashes collapse. May return "".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_PART)
    .replace(/^-+|-+$/g, "");
}

export function exportFileName(parts: FileNameParts, ext: ExportExtension): string {
  // A required part that slugifies to nothing (e.g. a Chinese-only name) gets a word, not a gap,
  // so the position of every part in the name stays the same.
  const segments = [
    FILE_NAME_PREFIX,
    slugify(parts.metric) || "metric",
    slugify(parts.period) || "period",
    parts.region === null ? "national" : slugify(parts.region) || "region",
    slugify(parts.view ?? ""),
    slugify(parts.suffix ?? ""),
    parts.lang ? exportRunMessages[parts.lang].fileNameLang : "",
  ].filter((s) => s !== "");
  return `${segments.join("_")}.${ext}`;
}
