/**
 * All 31 provinces for the metric and period: rank, value, value at the base year, change, and
 * key-region status, sortable by any column. Plain cells (one figure each) so the table can be
 * exported as is; each figure's sources are in its tooltip and listed once below the table.
 */
import { useId, useMemo, useRef, useState } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { isAmount, type MetricId } from "../../data/metrics";
import { PERIODS, periodById } from "../../data/periods";
import { periodLabel, periodPhrase } from "../../data/series";
import type { MetricValue } from "../../data/metric-values";
import { useLang, useMessages } from "../../i18n/context";
import { listJoin, metricInfo } from "../../i18n/domain";
import { formatBn } from "../../ui/format";
import { changeUnit } from "./lib/change";
import { changeUnitLabel, formatChange } from "./lib/labels";
import {
  citationTitle,
  DEFAULT_SORT,
  nextSort,
  sortRows,
  tableRows,
  tableSources,
  type Sort,
  type SortKey,
} from "./lib/ranked-table";
import { compareMessages } from "./messages";
import { BothNames } from "../../ui/BothNames";

interface Props {
  index: AtlasIndex;
  metric: MetricId;
  periodId: string;
  changeBase: string;
  selected: string[];
  onBase: (base: string) => void;
  onToggle: (iso: string) => void;
}

const YEAR_ENDS = PERIODS.filter((p) => p.kind === "year_end");
const pct = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function RankedTable({ index, metric, periodId, changeBase, selected, onBase, onToggle }: Props) {
  const id = useId();
  const lang = useLang();
  const t = useMessages(compareMessages);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = useMemo(
    () => tableRows(index, metric, periodId, changeBase, lang),
    [index, metric, periodId, changeBase, lang],
  );
  const sorted = useMemo(() => sortRows(rows, sort, lang), [rows, sort, lang]);
  const sources = useMemo(() => tableSources(rows), [rows]);
  // Each figure points at its sources in the list below by number, so touch and keyboard reach them too.
  const sourceNumber = useMemo(() => new Map(sources.map((s, k) => [s.text, k + 1])), [sources]);
  const sourceList = useRef<HTMLDetailsElement>(null);
  const showSource = (n: number) => {
    const list = sourceList.current;
    if (!list) return;
    list.open = true;
    document.getElementById(`${id}-src-${n}`)?.focus();
  };
  const info = metricInfo(metric, lang);
  const period = periodById(periodId);
  const now = period ? periodLabel(period, lang) : periodId;
  const nowPhrase = period ? periodPhrase(period, lang) : periodId;
  // A ratio is a percentage, not an amount: only amounts go through the amount formatter.
  const number = (v: number) => (isAmount(metric) ? formatBn(v, lang) : pct.format(v));
  const valueCell = (v: MetricValue) =>
    v.ok ? (
      <td title={citationTitle(v.citations, lang)}>
        {number(v.value)}
        {v.provisional ? t.provisionalMark : ""}
        {[...new Set(v.citations.map((c) => sourceNumber.get(c.text)).filter((n) => n !== undefined))].map((n) => (
          <button key={n} type="button" className="cite-ref" aria-label={t.sourceRef(n)} onClick={() => showSource(n)}>
            {n}
          </button>
        ))}
      </td>
    ) : (
      <td className="missing">{v.reason}</td>
    );
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
      <button type="button" onClick={() => setSort(nextSort(sort, key))}>
        {label}
        <span aria-hidden="true" className="compare-sort-mark">
          {sort.key === key ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
        </span>
      </button>
    </th>
  );
  return (
    <section className="compare-table" aria-labelledby={`${id}-title`}>
      <div className="compare-table-head">
        <h3 id={`${id}-title`}>{t.tableTitle(info.label, now, nowPhrase)}</h3>
        <div className="compare-select">
          <label htmlFor={`${id}-base`}>{t.changeSince}</label>
          <select id={`${id}-base`} value={changeBase} onChange={(e) => onBase(e.target.value)}>
            {YEAR_ENDS.map((p) => (
              <option key={p.id} value={p.id}>
                {t.baseOption(p.id)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="compare-scroll-cue">{t.scrollCue}</p>
      <div className="compare-scroll">
        <table>
          <caption className="visually-hidden">{t.tableCaption(info.label, now, nowPhrase, changeBase)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colChart}</th>
              {header("rank", t.colRank)}
              {header("name", t.colProvince)}
              {header("value", t.colValue(now, info.unit))}
              {header("base", t.colBase(changeBase, info.unit))}
              {header("change", t.colChange(changeBase, changeUnitLabel(changeUnit(metric), lang)))}
              {header("key", t.colKey(now))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.iso} data-region={r.iso} className={selected.includes(r.iso) ? "selected" : undefined}>
                <td>
                  <input
                    type="checkbox"
                    checked={selected.includes(r.iso)}
                    onChange={() => onToggle(r.iso)}
                    aria-label={t.showOnChart(r.name)}
                  />
                </td>
                <td>{r.rank ?? "–"}</td>
                <th scope="row">
                  {/* Both names, the reader's language first. */}
                  <BothNames en={r.nameEn} zh={r.nameZh} />
                </th>
                {valueCell(r.value)}
                {valueCell(r.base)}
                {r.change.ok ? <td>{formatChange(r.change, lang)}</td> : <td className="missing">{r.change.reason}</td>}
                <td className={r.key.order === 3 ? "key" : undefined}>{r.key.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-note">
        {t.tableNote}
        {isAmount(metric) ? t.changeInPercent : t.changeInPoints}
        {t.hoverHint}
      </p>
      <details className="source-list" ref={sourceList}>
        <summary>{t.tableSources(sources.length)}</summary>
        <ol>
          {sources.map((s, k) => (
            <li key={s.text} id={`${id}-src-${k + 1}`} tabIndex={-1}>
              <strong>
                {listJoin(s.roles, lang)}
                {t.rolesEnd}
              </strong>{" "}
              {s.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
