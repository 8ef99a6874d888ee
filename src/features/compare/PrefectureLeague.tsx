/**
 * The prefecture league (Compare with cl=prefectures): filters in the link (places `pp`, grade
 * `pg`, change base `b`; metric `m` and period `y` from the controls), the top 20 on a bar chart,
 * the ranked table with grade and source for every figure, then the doubtful figures (never ranked)
 * and the units without a figure, each with its reason. Loads on first use, and fetches only the
 * prefecture files its places need (all 31 for the whole country), never with the map.
 */
import { useId, useMemo } from "react";
import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { PERIODS, periodById } from "../../data/periods";
import { periodPhrase } from "../../data/series";
import { prefectureDataQuery } from "../../data/prefecture-query";
import type { PrefectureDataFile, PrefectureMetric } from "../../data/prefecture-types";
import { useLang, useMessages } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { metricInfo, provinceName } from "../../i18n/domain";
import { formatPartialDate, formatPeriodEnd } from "../../ui/format";
import { BothNames } from "../../ui/BothNames";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { SourceLink } from "../../ui/SourceLink";
import { dataLang } from "../../i18n/data-lang";
import { GRADE_FLOORS, KEY_REGIONS_SCOPE, type GradeFloor } from "../../state/view-state";
import type { ViewProps } from "../../state/view-props";
import { leagueChartModule } from "./league-chart-module";
import { leagueMessages } from "./league-messages";
import { compareMessages } from "./messages";
import {
  changeProblemText,
  changeText,
  doubtfulText,
  figureNumber,
  figureText,
  gradeText,
  missingText,
  sourceName,
} from "./lib/league-words";
import { nextSort, readSort, sortLeague, type LeagueSort, type LeagueSortColumn } from "./lib/league-sort";
import { buildLeague, leagueFrame, leagueTop, type League, type LeagueRow } from "./lib/prefecture-league";

const BASE_YEARS = PERIODS.filter((p) => p.kind === "year_end" && Number(p.id) >= 2018);
const TOP = 20;

interface Loaded {
  files: Map<string, PrefectureDataFile>;
  done: number;
  failed: UseQueryResult<PrefectureDataFile>[];
}

// Stable, so TanStack Query re-runs it only when a query's result changes.
function combine(results: UseQueryResult<PrefectureDataFile>[]): Loaded {
  const files = new Map<string, PrefectureDataFile>();
  for (const r of results) if (r.data) files.set(r.data.province, r.data);
  return { files, done: files.size, failed: results.filter((r) => r.isError) };
}

export default function PrefectureLeague({ index, view, setView }: Pick<ViewProps, "index" | "view" | "setView">) {
  const lang = useLang();
  const t = useMessages(leagueMessages);
  const params = useMemo(
    () => ({
      metric: view.metric,
      periodId: view.period,
      changeBase: view.changeBase,
      grade: view.gradeFloor,
      scope: view.prefectureScope,
    }),
    [view.metric, view.period, view.changeBase, view.gradeFloor, view.prefectureScope],
  );
  const frame = useMemo(() => leagueFrame(index, params), [index, params]);
  const loaded = useQueries({ queries: frame.provinces.map((p) => prefectureDataQuery(p.adcode)), combine });
  const league = useMemo(() => buildLeague(index, loaded.files, params), [index, loaded.files, params]);
  const info = metricInfo(frame.metric, lang);
  const asked = periodById(view.period);
  const askedText = asked ? periodPhrase(asked, lang) : view.period;
  const when = frame.year.year === null ? askedText : formatPeriodEnd(frame.year.year, null, lang);
  const scope = frame.scope;

  return (
    <div className="league">
      <p className="compare-lead">{t.lead(info.label, when)}</p>
      <LeagueFilters
        index={index}
        scope={view.prefectureScope}
        grade={view.gradeFloor}
        base={view.changeBase}
        setView={setView}
      />
      <ul className="league-notes" role="note">
        {frame.substituted && <li>{t.substituted}</li>}
        {frame.year.basis === "latest-before" && <li>{t.yearLatestBefore(when, askedText)}</li>}
        {frame.year.year === null && <li className="league-warning">{t.yearBeforeData(askedText)}</li>}
        {scope.kind === "key" && (
          <li>
            {scope.preset.basis === "members"
              ? compareMessages[lang].keyHintMembers(scope.preset.codes.length, when)
              : compareMessages[lang].keyHintAsListed(
                  scope.preset.codes.length,
                  formatPartialDate(scope.preset.listedFrom?.slice(0, 7) ?? null, lang),
                  when,
                )}
          </li>
        )}
        {scope.kind === "province" && <li>{t.scopeProvince(provinceName(scope.province, lang))}</li>}
        {league && league.belowGrade > 0 && <li>{t.belowGrade(league.belowGrade, t.gradeOption[view.gradeFloor])}</li>}
        <li>{t.gradeNote}</li>
      </ul>
      {loaded.failed.length > 0 ? (
        <p className="league-status error" role="alert">
          {t.failed(loaded.failed.length)}
          <button type="button" onClick={() => loaded.failed.forEach((r) => void r.refetch())}>
            {t.retry}
          </button>
        </p>
      ) : !league ? (
        <p className="league-status" role="status">
          {t.loading(loaded.done, frame.provinces.length)}
        </p>
      ) : frame.year.year === null ? null : (
        <LeagueBody
          league={league}
          when={when}
          lang={lang}
          sort={view.leagueSort}
          onSort={(leagueSort) => setView({ leagueSort })}
        />
      )}
    </div>
  );
}

function LeagueFilters({
  index,
  scope,
  grade,
  base,
  setView,
}: {
  index: AtlasIndex;
  scope: string | null;
  grade: GradeFloor;
  base: string;
  setView: ViewProps["setView"];
}) {
  const id = useId();
  const lang = useLang();
  const t = useMessages(leagueMessages);
  const bases = BASE_YEARS.some((p) => p.id === base)
    ? BASE_YEARS
    : [...PERIODS.filter((p) => p.id === base), ...BASE_YEARS];
  return (
    <div className="league-filters" role="group" aria-label={t.filters}>
      <div className="compare-select">
        <label htmlFor={`${id}-places`}>{t.places}</label>
        <select
          id={`${id}-places`}
          value={scope ?? ""}
          onChange={(e) => setView({ prefectureScope: e.target.value || null })}
        >
          <option value="">{t.placesAll}</option>
          <option value={KEY_REGIONS_SCOPE}>{t.placesKey}</option>
          <optgroup label={t.placesOne}>
            {index.covered.map((p) => (
              <option key={p.iso} value={p.iso}>
                {provinceName(p, lang)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="compare-select">
        <label htmlFor={`${id}-grade`}>{t.grade}</label>
        <select
          id={`${id}-grade`}
          value={grade}
          onChange={(e) => setView({ gradeFloor: e.target.value as GradeFloor })}
        >
          {GRADE_FLOORS.map((g) => (
            <option key={g} value={g}>
              {t.gradeOption[g]}
            </option>
          ))}
        </select>
      </div>
      <div className="compare-select">
        <label htmlFor={`${id}-base`}>{t.changeSince}</label>
        <select id={`${id}-base`} value={base} onChange={(e) => setView({ changeBase: e.target.value })}>
          {bases.map((p) => (
            <option key={p.id} value={p.id}>
              {t.baseOption(p.id)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface TableProps {
  league: League;
  when: string;
  lang: Lang;
  /** The ranked table's order (the link's `ls`); the chart stays the top of the league. */
  sort: LeagueSort;
  onSort: (sort: LeagueSort) => void;
}

function LeagueBody({ league, when, lang, sort, onSort }: TableProps) {
  const t = useMessages(leagueMessages);
  const info = metricInfo(league.metric, lang);
  const top = leagueTop(league, TOP);
  const bars = top.map((r) => ({
    id: r.id,
    // No-break spaces: an axis label stays on one line.
    name: `${r.rank}. ${t.unitName(r.unit.nameEn, r.unit.nameZhShort || r.unit.nameZh)}`.replace(/ /g, "\u00a0"),
    value: r.value.ok ? r.value.value : 0,
    label: r.value.ok ? figureText(league.metric, r.value, lang) : "",
    approx: r.value.ok && r.value.approx,
  }));
  const last = top[top.length - 1];
  const valueOf = (r: LeagueRow) => (r.value.ok ? figureText(league.metric, r.value, lang) : "");
  return (
    <>
      {top.length === 0 ? (
        <p className="league-status">{t.chartEmpty}</p>
      ) : (
        <ChartFigure
          id="prefecture-league"
          caption={t.chartCaption(info.label, top.length, when)}
          summary={t.chartSummary(
            t.unitName(top[0].unit.nameEn, top[0].unit.nameZh),
            valueOf(top[0]),
            t.unitName(last.unit.nameEn, last.unit.nameZh),
            valueOf(last),
            top.length,
          )}
          markSelector=".recharts-bar-rectangle"
          table={
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.colRank}</th>
                  <th scope="col">{t.colPrefecture}</th>
                  <th scope="col">{t.colValue(when, info.unit)}</th>
                </tr>
              </thead>
              <tbody>
                {top.map((r) => (
                  <tr key={r.id}>
                    <td>{r.rank}</td>
                    <th scope="row">
                      <BothNames en={r.unit.nameEn} zh={r.unit.nameZh} />
                    </th>
                    <td>{valueOf(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <LoadedChart loader={leagueChartModule} props={{ bars, metric: league.metric }} />
        </ChartFigure>
      )}
      {top.length > 0 && <p className="chart-note">{t.chartNote}</p>}
      <LeagueTable league={league} when={when} lang={lang} sort={sort} onSort={onSort} />
    </>
  );
}

function Sources({ row, metric }: { row: LeagueRow; metric: PrefectureMetric }) {
  const t = useMessages(leagueMessages);
  const denominator = row.value.denominator;
  return (
    <>
      {row.sources.length === 0
        ? t.noSource
        : row.sources.map((s, k) => (
            <span key={s.id}>
              {k > 0 && t.sourceSeparator}
              <SourceLink name={sourceName(s)} url={s.url} date={s.date || null} />
            </span>
          ))}
      {metric !== "balance" && denominator && row.denominatorSources.length > 0 && (
        <span className="league-denominator">
          {t.denominatorSource(t.denominator[metric], denominator.grade)}
          {row.denominatorSources.map((s, k) => (
            <span key={s.id}>
              {k > 0 && t.sourceSeparator}
              <SourceLink name={s.publisher || s.title} url={s.url} date={s.date || null} />
            </span>
          ))}
        </span>
      )}
    </>
  );
}

function NameCell({ row }: { row: LeagueRow }) {
  const t = useMessages(leagueMessages);
  return (
    <th scope="row">
      <BothNames en={row.unit.nameEn} zh={row.unit.nameZh} />
      {row.unit.municipality && <span className="league-municipality">{t.municipality}</span>}
    </th>
  );
}

function LeagueTable({ league, when, lang, sort, onSort }: TableProps) {
  const id = useId();
  const t = useMessages(leagueMessages);
  const info = metricInfo(league.metric, lang);
  const changeUnit = league.metric === "balance" ? "%" : compareMessages[lang].unitPoints;
  const metric = league.metric;
  const ranked = useMemo(() => sortLeague(league.ranked, sort, lang), [league.ranked, sort, lang]);
  const sorted = readSort(sort);
  // A sortable heading: a button in the <th>, aria-sort and an arrow on the sorted one.
  const sortable = (column: LeagueSortColumn, label: string, className?: string) => {
    const on = sorted.column === column;
    return (
      <th
        scope="col"
        className={className}
        aria-sort={on ? (sorted.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        <button type="button" onClick={() => onSort(nextSort(sort, column))}>
          {label}
          <span aria-hidden="true" className="compare-sort-mark">
            {on ? (sorted.dir === "asc" ? " ▲" : " ▼") : ""}
          </span>
        </button>
      </th>
    );
  };
  // Every table of the league ends with the debt figure's grade and its documents.
  const gradeAndSource = (row: LeagueRow) => (
    <>
      <td className="league-grade">{row.value.debt ? gradeText(row.value.debt.grade, lang) : "—"}</td>
      <td className="league-source">
        <Sources row={row} metric={metric} />
      </td>
    </>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col" className="num">
          {t.colRank}
        </th>
        {sortable("name", t.colPrefecture)}
        {sortable("province", t.colProvince)}
        {sortable("value", t.colValue(when, info.unit), "num")}
        {sortable("change", t.colChange(String(league.baseYear), changeUnit), "num")}
        <th scope="col">{t.colGrade}</th>
        <th scope="col">{t.colSource}</th>
      </tr>
    </thead>
  );
  return (
    <section className="compare-table league-table" aria-labelledby={`${id}-title`}>
      <div className="compare-table-head">
        <h3 id={`${id}-title`}>{t.tableTitle(info.label, when)}</h3>
        <span className="muted">{t.rankedCount(league.ranked.length)}</span>
      </div>
      <p className="compare-scroll-cue">{t.scrollCue}</p>
      <div className="compare-scroll">
        <table>
          <caption className="visually-hidden">{t.tableCaption(info.label, when)}</caption>
          {head}
          <tbody>
            {league.ranked.length === 0 && (
              <tr>
                <td colSpan={7} className="missing">
                  {t.noRows}
                </td>
              </tr>
            )}
            {ranked.map((r) => (
              <tr key={r.id} data-prefecture={r.unit.adcode} data-status="ranked" data-grade={r.value.debt?.grade}>
                <td className="num">{r.rank}</td>
                <NameCell row={r} />
                <td>{provinceName(r.province, lang)}</td>
                <td className="num">{r.value.ok ? figureText(metric, r.value, lang) : ""}</td>
                {r.change.ok ? (
                  <td className="num">{changeText(r.change, lang)}</td>
                ) : (
                  <td className="missing">{changeProblemText(r.change, league.baseYear, lang)}</td>
                )}
                {gradeAndSource(r)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-note">
        {t.tableNote} {t.sortNote} {t.approxNote}
      </p>
      {league.doubtful.length > 0 && (
        <section className="league-apart" aria-labelledby={`${id}-doubtful`}>
          <h4 id={`${id}-doubtful`}>{t.doubtfulTitle(league.doubtful.length)}</h4>
          <p className="muted">{t.doubtfulLead}</p>
          <div className="compare-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.colPrefecture}</th>
                  <th scope="col">{t.colProvince}</th>
                  <th scope="col" className="num">
                    {t.colValue(when, info.unit)}
                  </th>
                  <th scope="col">{t.colWhy}</th>
                  <th scope="col">{t.colGrade}</th>
                  <th scope="col">{t.colSource}</th>
                </tr>
              </thead>
              <tbody>
                {league.doubtful.map((r) => (
                  <tr
                    key={r.id}
                    data-prefecture={r.unit.adcode}
                    data-status="doubtful"
                    data-grade={r.value.debt?.grade}
                  >
                    <NameCell row={r} />
                    <td>{provinceName(r.province, lang)}</td>
                    <td>
                      {r.value.ok && <s className="pref-doubtful-value">{figureNumber(metric, r.value.value, lang)}</s>}
                    </td>
                    <td className="missing">
                      {r.value.debt && doubtfulText(r.value.debt, lang)}
                      {r.value.debt?.note && (
                        <>
                          {" "}
                          <span lang={dataLang(r.value.debt.note, lang)}>{r.value.debt.note}</span>
                        </>
                      )}
                    </td>
                    {gradeAndSource(r)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {league.missing.length > 0 && (
        <details className="league-apart">
          <summary>{t.missingTitle(league.missing.length)}</summary>
          <p className="muted">{t.missingLead}</p>
          <div className="compare-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.colPrefecture}</th>
                  <th scope="col">{t.colProvince}</th>
                  <th scope="col">{t.colWhy}</th>
                  <th scope="col">{t.colGrade}</th>
                  <th scope="col">{t.colSource}</th>
                </tr>
              </thead>
              <tbody>
                {league.missing.map((r) => (
                  <tr key={r.id} data-prefecture={r.unit.adcode} data-status="missing">
                    <NameCell row={r} />
                    <td>{provinceName(r.province, lang)}</td>
                    <td className="missing">{missingText(r, lang)}</td>
                    {gradeAndSource(r)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
