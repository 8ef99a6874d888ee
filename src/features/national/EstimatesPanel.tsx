/**
 * "Estimates, not official statistics": hidden and financing-vehicle debt as published by the MOF
 * (official, but outside the statutory balance), Goldman Sachs and the IMF, each drawn beside the
 * official statutory balance of the same date for scale. Two bars per row, never one stacked on
 * the other and never a sum. Plain HTML bars: the panel is mostly words, so no chart library.
 */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { ChartFigure } from "../../ui/ChartFigure";
import { formatBn } from "../../ui/format";
import { citeFigure, sourceText } from "./Cite";
import { EstimatesTable } from "./EstimatesTable";
import { estimates, type EstimateRow } from "./lib/estimates";
import { periodText } from "./lib/figures";

/** "Goldman Sachs (2013, end-2020, Aug 2023)": whose figures, and for when. */
function whoseAndWhen(rows: EstimateRow[]): string {
  const byWhose = new Map<string, string[]>();
  rows.forEach((r) => byWhose.set(r.whose, [...(byWhose.get(r.whose) ?? []), periodText(r.figure)]));
  return [...byWhose].map(([whose, when]) => `${whose} (${when.join(", ")})`).join("; ");
}

// The longest bar takes 70% of the row, leaving room for its label.
const pct = (v: number, max: number) => `${Math.max(0.5, (v / max) * 70)}%`;

function Row({ row, max }: { row: EstimateRow; max: number }) {
  const o = row.official;
  return (
    <li className="estimate-row" data-series={row.figure.series}>
      <div className="estimate-head">
        <strong>{row.whose}</strong> · {row.what} · {periodText(row.figure)}{" "}
        <span className={`estimate-status${row.status === "estimate" ? "" : " official"}`}>{row.status}</span>
      </div>
      <div className="bar-line">
        <span className="estimate-bar estimate" style={{ width: pct(row.figure.value, max) }} />
        <span className="bar-value">{formatBn(row.figure.value)} bn CNY</span>
      </div>
      <div className="bar-line">
        {o ? (
          <>
            <span className="estimate-bar official" style={{ width: pct(o.figure.value, max) }} />
            <span className="bar-value">
              {formatBn(o.figure.value)} official statutory balance, {periodText(o.figure)}
              {o.sameDate ? "" : " (nearest date)"}
            </span>
          </>
        ) : (
          <span className="bar-value missing">No official statutory balance within six months of this date</span>
        )}
      </div>
      <div className="estimate-foot">
        Reported by {sourceText(row.figure.sourceName, row.figure.sourceDate)}. {row.figure.note}
      </div>
    </li>
  );
}

export function EstimatesPanel({ index }: { index: AtlasIndex }) {
  const est = useMemo(() => estimates(index.data.national), [index]);
  const max = Math.max(...est.inBn.flatMap((r) => [r.figure.value, r.official?.figure.value ?? 0]));
  return (
    <section className="national-section estimates-panel" aria-labelledby="estimates-heading">
      <h3 id="estimates-heading">
        <span className="estimate-badge">Estimates, not official statistics</span> Hidden and financing-vehicle debt beside the official balance
      </h3>
      <p className="estimates-lead">
        Published estimates of local debt outside the statutory balance, and the Ministry of Finance's own hidden-debt figures (official,
        but not part of the statutory balance). Each is shown beside the official statutory balance of the same date, for scale only: the
        measures overlap and differ in scope, so none is added to the official figure.
      </p>
      <ChartFigure
        id="national-estimates"
        markSelector=".estimate-bar"
        caption={`Estimates beside the official balance (bn CNY): ${whoseAndWhen(est.inBn)}`}
        summary={`${est.inBn.length} published figures of hidden or financing-vehicle debt, each with the official statutory balance of the same or the nearest date within six months drawn beside it, not added to it.`}
        table={<EstimatesTable rows={est.inBn} />}
      >
        <ul className="estimate-rows">
          {est.inBn.map((r) => (
            <Row key={`${r.figure.series}-${r.figure.period}`} row={r} max={max} />
          ))}
        </ul>
        <div className="estimate-legend">
          <span>
            <span className="swatch estimate" /> Estimate or figure outside the statutory balance
          </span>
          <span>
            <span className="swatch official" /> Official statutory balance (MOF)
          </span>
        </div>
      </ChartFigure>
      {est.pctGdp.length > 0 && (
        <div className="estimate-pct">
          <h4>Percent of GDP (not comparable with the yuan figures above, so not drawn)</h4>
          <ul>
            {est.pctGdp.map((r) => (
              <li key={r.figure.period}>
                <strong>{r.whose}</strong>, {r.what}, {periodText(r.figure)}: {r.figure.value}% of GDP
                {r.lowReliability && <span className="estimate-status low">low reliability</span>}. Reported by {citeFigure(r.figure)}.{" "}
                <span className="muted">{r.figure.note}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
