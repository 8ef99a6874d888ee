/**
 * Province search for the picker: English, short and full Chinese names and the ISO romanised name
 * ("Nei Mongol", "Xizang"), matched case- and accent-insensitively, by prefix before substring.
 */
import type { ProvinceInfo } from "../../../data/atlas-types";

/** Lower case, tone marks and accents removed, punctuation as spaces: "Xīzàng-Zìzhìqū" -> "xizang zizhiqu". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function names(p: ProvinceInfo): string[] {
  return [p.nameEn, p.nameZh, p.nameZhFull, p.nameLatin].map(fold);
}

/** Lower is better; null when the province does not match. */
function score(p: ProvinceInfo, query: string): number | null {
  const q = fold(query);
  if (!q) return null;
  const compact = q.replace(/ /g, "");
  const iso = p.iso.toLowerCase(); // "cn-gz"; the query "CN-GZ" folds to "cngz"
  if (iso.replace("-", "") === compact || iso.slice(3) === compact) return 0;
  let best: number | null = null;
  for (const name of names(p)) {
    const s =
      name === q
        ? 0
        : name.startsWith(q)
          ? 1
          : ` ${name}`.includes(` ${q}`)
            ? 2
            : name.includes(q)
              ? 3
              : name.replace(/ /g, "").includes(compact)
                ? 4
                : null;
    if (s !== null && (best === null || s < best)) best = s;
  }
  return best;
}

/** Matching provinces, best match first, then in the data's order. */
export function searchProvinces(provinces: ProvinceInfo[], query: string): ProvinceInfo[] {
  return provinces
    .map((p, k) => ({ p, k, s: score(p, query) }))
    .filter((m): m is { p: ProvinceInfo; k: number; s: number } => m.s !== null)
    .sort((a, b) => a.s - b.s || a.k - b.k)
    .map((m) => m.p);
}
