/**
 * All 31 provinces for the metric and period: rank, value, value at the base year, change, and
 * key-region status, sortable by any column. Plain cells (one figure each) so the table can be
 * exported as is; each figure's sources are in its tooltip and listed once below the table.
 */
import { useId, useMemo, useState } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { METRICS, type MetricId } from "../../data/metrics";
import { PERIODS, periodById } from "../../data/periods";
import { periodLabel } from "../../data/series";
import type { MetricValue } from "../../data/metric-values";
import { formatBn } from "../../ui/format";
import { changeUnit } from "./lib/change";
import { formatChange } from "./lib/labels";
import { citationTitle, DEFAULT_SORT, nextSort, sortRows, tableRows, tableSources, type Sort, type SortKey } from "./lib/ranked-table";

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
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = useMemo(() => tableRows(index, metric, periodId, changeBase), [index, metric, periodId, changeBase]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const sources = useMemo(() => tableSources(rows), [rows]);
  const info = METRICS[metric];
  const now = periodById(periodId) ? periodLabel(periodById(periodId)!) : periodId;
  const number = (v: number) => (metric === "balance" ? formatBn(v) : pct.format(v));
  const valueCell = (v: MetricValue) =>
    v.ok ? (
      <td title={citationTitle(v.citations)}>
        {number(v.value)}
        {v.provisional ? " (prov.)" : ""}
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
        <h3 id={`${id}-title`}>
          All 31 provinces: {info.label}, {now}
        </h3>
        <div className="compare-select">
          <label htmlFor={`${id}-base`}>Change since</label>
          <select id={`${id}-base`} value={changeBase} onChange={(e) => onBase(e.target.value)}>
            {YEAR_ENDS.map((p) => (
              <option key={p.id} value={p.id}>
                end-{p.id}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="compare-scroll">
        <table>
          <caption className="visually-hidden">
            {info.label} by province at {now}, with the value at end-{changeBase} and the change; select a column header to sort.
          </caption>
          <thead>
            <tr>
              <th scope="col">Chart</th>
              {header("rank", "Rank")}
              {header("name", "Province")}
              {header("value", `${now} (${info.unit})`)}
              {header("base", `${changeBase} (${info.unit})`)}
              {header("change", `Change since ${changeBase} (${changeUnit(metric)})`)}
              {header("key", `Key region, ${now}`)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.iso} data-region={r.iso} className={selected.includes(r.iso) ? "selected" : undefined}>
                <td>
                  <input type="checkbox" checked={selected.includes(r.iso)} onChange={() => onToggle(r.iso)} aria-label={`Show ${r.name} on the chart`} />
                </td>
                <td>{r.rank ?? "–"}</td>
                <th scope="row">
                  {r.name} <span lang="zh-CN">{r.nameZh}</span>
                </th>
                {valueCell(r.value)}
                {valueCell(r.base)}
                {r.change.ok ? <td>{formatChange(r.change)}</td> : <td className="missing">{r.change.reason}</td>}
                <td className={r.key.order === 3 ? "key" : undefined}>{r.key.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-note">
        Rank 1 is the highest value; ties share a rank; a missing value has no rank and sorts last. {metric === "balance" ? "Change is in per cent." : "Change is in percentage points (pp) of the ratio."} Hover a figure for its sources.
      </p>
      <details className="source-list">
        <summary>Sources for this table ({sources.length})</summary>
        <ul>
          {sources.map((s) => (
            <li key={s.text}>
              <strong>{s.roles.join(", ")}:</strong> {s.text}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
