/**
 * "Estimates, not official statistics": hidden and financing-vehicle debt as published by the MOF
 * (official, but outside the statutory balance), Goldman Sachs and the IMF, each drawn beside the
 * official statutory balance of the same date for scale. Two bars per row, never one stacked on
 * the other and never a sum. Plain HTML bars: the panel is mostly words, so no chart library.
 */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { useLang, useMessages } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { ChartFigure } from "../../ui/ChartFigure";
import { formatAmount, formatAmountUnitOnce } from "../../ui/format";
import { citeFigure, sourceText } from "./Cite";
import { EstimatesTable } from "./EstimatesTable";
import { FigureNote } from "./FigureNote";
import { estimates, estimateStatusLabel, type EstimateRow } from "./lib/estimates";
import { periodText } from "./lib/figures";
import { figureValueText } from "./lib/other-figures";
import { nationalPageMessages } from "./page-messages";

type Words = (typeof nationalPageMessages)["en"];

/** "Goldman Sachs (2013, end-2020, Aug 2023)": whose figures, and for when. */
function whoseAndWhen(rows: EstimateRow[], t: Words, lang: Lang): string {
  const byWhose = new Map<string, string[]>();
  rows.forEach((r) => byWhose.set(r.whose, [...(byWhose.get(r.whose) ?? []), periodText(r.figure, lang)]));
  return [...byWhose].map(([whose, when]) => t.whoseAndWhen(whose, when)).join(t.whoseSeparator);
}

// The longest bar takes 70% of the row, leaving room for its label.
const pct = (v: number, max: number) => `${Math.max(0.5, (v / max) * 70)}%`;

function Row({ row, max }: { row: EstimateRow; max: number }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const o = row.official;
  return (
    <li className="estimate-row" data-series={row.figure.series}>
      <div className="estimate-head">
        <strong>{row.whose}</strong> · {row.what} · {periodText(row.figure, lang)}{" "}
        <span className={`estimate-status${row.status === "estimate" ? "" : " official"}`}>
          {estimateStatusLabel(row.status, lang)}
        </span>
      </div>
      <div className="bar-line">
        <span className="estimate-bar estimate" style={{ width: pct(row.figure.value, max) }} />
        <span className="bar-value">{formatAmount(row.figure.value, lang)}</span>
      </div>
      <div className="bar-line">
        {o ? (
          <>
            <span className="estimate-bar official" style={{ width: pct(o.figure.value, max) }} />
            <span className="bar-value">
              {/* English states the unit once, in the panel's caption; Chinese gives each amount in 亿/万亿. */}
              {t.officialBeside(formatAmountUnitOnce(o.figure.value, lang), periodText(o.figure, lang))}
              {o.sameDate ? "" : t.nearestDate}
            </span>
          </>
        ) : (
          <span className="bar-value missing">{t.noOfficialBeside}</span>
        )}
      </div>
      <div className="estimate-foot">
        {t.reportedBy(sourceText(row.figure.sourceName, row.figure.sourceDate, lang, row.figure.sourceStrength))}
        <FigureNote figure={row.figure} />
      </div>
    </li>
  );
}

export function EstimatesPanel({ index }: { index: AtlasIndex }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const est = useMemo(() => estimates(index.data.national, lang), [index, lang]);
  const max = Math.max(...est.inBn.flatMap((r) => [r.figure.value, r.official?.figure.value ?? 0]));
  return (
    <section className="national-section estimates-panel" aria-labelledby="estimates-heading">
      <h3 id="estimates-heading">
        <span className="estimate-badge">{t.estimatesBadge}</span> {t.estimatesHeading}
      </h3>
      <p className="estimates-lead">{t.estimatesLead}</p>
      <ChartFigure
        id="national-estimates"
        markSelector=".estimate-bar"
        caption={t.estimatesCaption(whoseAndWhen(est.inBn, t, lang))}
        summary={t.estimatesSummary(est.inBn.length)}
        table={<EstimatesTable rows={est.inBn} />}
      >
        <ul className="estimate-rows">
          {est.inBn.map((r) => (
            <Row key={`${r.figure.series}-${r.figure.period}`} row={r} max={max} />
          ))}
        </ul>
        <div className="estimate-legend">
          <span>
            <span className="swatch estimate" /> {t.legendEstimate}
          </span>
          <span>
            <span className="swatch official" /> {t.legendOfficial}
          </span>
        </div>
      </ChartFigure>
      {est.pctGdp.length > 0 && (
        <div className="estimate-pct">
          <h4>{t.pctGdpHeading}</h4>
          <ul>
            {est.pctGdp.map((r) => (
              <li key={r.figure.period}>
                <strong>{r.whose}</strong>
                {t.comma}
                {r.what}
                {t.comma}
                {periodText(r.figure, lang)}
                {t.colon}
                {figureValueText(r.figure, lang)}
                {r.lowReliability && <span className="estimate-status low">{t.lowReliability}</span>}
                {t.stop}
                {t.reportedByLead}
                {citeFigure(r.figure)}
                {t.stop}
                <FigureNote className="muted" figure={r.figure} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
