/**
 * The prefecture league table's sort (the URL's `ls`): the ranked rows by value, change, name or
 * province, either way. Pure. The league's own order (by value, highest first) is the default; a
 * sort only reorders the ranked rows, never their ranks, and the doubtful and missing rows stay in
 * their own lists. Ties keep the league's order, and a ranked row without a change (no sound base
 * figure) goes last in either direction, so a gap never passes for the smallest or largest change.
 */
import { provinceName } from "../../../i18n/domain";
import { langTag, type Lang } from "../../../i18n/lang";
import type { ViewState } from "../../../state/view-state";
import { leagueMessages } from "../league-messages";
import type { LeagueRow } from "./prefecture-league";

export type LeagueSort = ViewState["leagueSort"];
export type LeagueSortColumn = Exclude<LeagueSort, `-${string}`>;
export type SortDir = "asc" | "desc";

/** "-change" is the change, highest first; "name" is the name, A to Z (or by pinyin). */
export function readSort(sort: LeagueSort): { column: LeagueSortColumn; dir: SortDir } {
  return sort.startsWith("-")
    ? { column: sort.slice(1) as LeagueSortColumn, dir: "desc" }
    : { column: sort as LeagueSortColumn, dir: "asc" };
}

export function writeSort(column: LeagueSortColumn, dir: SortDir): LeagueSort {
  return dir === "desc" ? `-${column}` : column;
}

/** The direction a column starts in: figures highest first, names A to Z. */
const FIRST_DIR: Record<LeagueSortColumn, SortDir> = { value: "desc", change: "desc", name: "asc", province: "asc" };

/** A click on the sorted column reverses it; on another column, that column in its first direction. */
export function nextSort(current: LeagueSort, column: LeagueSortColumn): LeagueSort {
  const now = readSort(current);
  if (now.column === column) return writeSort(column, now.dir === "asc" ? "desc" : "asc");
  return writeSort(column, FIRST_DIR[column]);
}

function sortKey(row: LeagueRow, column: LeagueSortColumn, lang: Lang): number | string | null {
  switch (column) {
    case "value":
      return row.value.ok ? row.value.value : null;
    case "change":
      return row.change.ok ? row.change.value : null;
    case "name":
      // The name the reader reads first: English, or the full Chinese name.
      return leagueMessages[lang].unitName(row.unit.nameEn, row.unit.nameZh);
    case "province":
      return provinceName(row.province, lang);
  }
}

/**
 * The ranked rows (in the league's order) in the sort's order, as a new list. Names in the
 * reader's collation: A to Z in English, by pinyin in Chinese (ICU's pinyin reads a character
 * with several readings by its most common one).
 */
export function sortLeague(ranked: readonly LeagueRow[], sort: LeagueSort, lang: Lang = "en"): LeagueRow[] {
  const { column, dir } = readSort(sort);
  const sign = dir === "asc" ? 1 : -1;
  const collator = new Intl.Collator(langTag(lang), { collation: "pinyin" });
  return ranked
    .map((row, k) => ({ row, k, v: sortKey(row, column, lang) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.k - b.k : a.v === null ? 1 : -1;
      const cmp = typeof a.v === "string" ? collator.compare(a.v, String(b.v)) : a.v - Number(b.v);
      return cmp * sign || a.k - b.k;
    })
    .map((x) => x.row);
}
