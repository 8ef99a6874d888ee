/**
 * The prefecture league's cells in words, shared by the table and the CSV so both say a figure,
 * its grade, why it is doubtful or missing and why a change is missing alike. Grades, doubtful and
 * missing figures are worded by the prefecture map's catalogue. Pure; `lang` last.
 */
import type { PrefectureDebt, PrefectureMetric, PrefectureSource, SourceGrade } from "../../../data/prefecture-types";
import type { PrefectureValue } from "../../../data/prefecture-values";
import type { Lang } from "../../../i18n/lang";
import { formatBn } from "../../../ui/format";
import { gradeWord } from "../../region/lib/prefecture-choropleth";
import { prefectureMessages } from "../../region/prefecture-messages";
import { leagueMessages } from "../league-messages";
import { compareMessages } from "../messages";
import type { LeagueChange, LeagueRow } from "./prefecture-league";

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** "A1 official budget document" / "A1 官方预算文件". */
export function gradeText(grade: SourceGrade, lang: Lang = "en"): string {
  return `${grade} ${prefectureMessages[lang].grade[gradeWord(grade)]}`;
}

/** A figure as a table gives it, in the unit its header states: "1,234.5" / "12,345"; "67.8" (%). */
export function figureNumber(metric: PrefectureMetric, value: number, lang: Lang = "en"): string {
  return metric === "balance" ? formatBn(value, lang) : oneDecimal.format(value);
}

/** A figure with "≈" where the source's value was read off a chart. */
export function figureText(
  metric: PrefectureMetric,
  value: Extract<PrefectureValue, { ok: true }>,
  lang: Lang = "en",
): string {
  return `${value.approx ? leagueMessages[lang].approxMark : ""}${figureNumber(metric, value.value, lang)}`;
}

/** Why a suspect figure is doubtful: its flags in words (the flag itself where it has none). */
export function doubtfulText(debt: PrefectureDebt, lang: Lang = "en"): string {
  const why = prefectureMessages[lang].flagWhy;
  const known = debt.flags.map((f) => why[f.split("(")[0]]).filter(Boolean);
  return known.length > 0 ? known.join("; ") : debt.flags.join("; ");
}

/** Why a row has no figure. */
export function missingText(row: LeagueRow, lang: Lang = "en"): string {
  return row.value.ok ? "" : prefectureMessages[lang].missing[row.value.reason];
}

/** "+12.3%", "−4.5 pp", with "≈" when either end is a chart reading. */
export function changeText(change: Extract<LeagueChange, { ok: true }>, lang: Lang = "en"): string {
  const sign = change.value > 0 ? "+" : change.value < 0 ? "−" : "±";
  const unit = change.unit === "%" ? "%" : compareMessages[lang].pointsSuffix;
  return `${change.approx ? leagueMessages[lang].approxMark : ""}${sign}${oneDecimal.format(Math.abs(change.value))}${unit}`;
}

/** Why a change is not computed, naming the base year (and the base figure's grade where it fell short). */
export function changeProblemText(
  change: Extract<LeagueChange, { ok: false }>,
  baseYear: number,
  lang: Lang = "en",
): string {
  const t = leagueMessages[lang];
  const text = t.changeProblem[change.problem](String(baseYear));
  return change.problem === "base_below_grade" && change.baseGrade ? text + t.baseGrade(change.baseGrade) : text;
}

/** A source document as one line: "publisher, title". */
export function sourceName(s: PrefectureSource): string {
  return [s.publisher, s.title].filter(Boolean).join(", ");
}
