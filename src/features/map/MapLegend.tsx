/** The legend: units, the classes' breaks, and the non-value swatches (no data, not covered, key). */
import { useId } from "react";
import type { MetricId } from "../../data/metrics";
import type { Scale } from "../../data/scale";
import { formatMetricShort } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { metricInfo } from "../../i18n/domain";
import { mapMessages } from "./messages";

/** The classes' ranges, in the legend's unit (amounts: bn CNY / 亿元). */
export function classLabels(scale: Scale, metric: MetricId, lang: Lang = "en"): string[] {
  const f = (v: number) => formatMetricShort(metric, v, lang);
  return scale.colours.map((_, k) => {
    if (k === 0) return `< ${f(scale.breaks[0])}`;
    if (k === scale.breaks.length) return `≥ ${f(scale.breaks[k - 1])}`;
    return `${f(scale.breaks[k - 1])}–${f(scale.breaks[k])}`;
  });
}

export function MapLegend({ scale, metric, showKey }: { scale: Scale; metric: MetricId; showKey: boolean }) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const info = metricInfo(metric, lang);
  return (
    <ChoroplethLegend
      label={t.legend}
      title={t.legendTitle(info.label, info.unit)}
      colours={scale.colours}
      labels={classLabels(scale, metric, lang)}
      noData={t.legendNoData}
      notCovered={t.legendNotCovered}
      keyRegions={showKey ? t.legendKey : null}
    />
  );
}

interface LegendProps {
  label: string;
  title: string;
  colours: readonly string[];
  labels: readonly string[];
  noData: string;
  /** The not-covered swatch's words (Hong Kong, Macau, Taiwan), or null where it does not apply. */
  notCovered?: string | null;
  /** The doubtful swatch's words (a figure drawn hatched, not coloured), where the map has them. */
  doubtful?: string | null;
  /** The key-region swatch's words, or null where it does not apply. */
  keyRegions?: string | null;
  className?: string;
}

/** Any choropleth's legend: its classes, then the no-data and (where they apply) doubtful, not-covered and key-region swatches. */
export function ChoroplethLegend({
  label,
  title,
  colours,
  labels,
  noData,
  notCovered = null,
  doubtful = null,
  keyRegions = null,
  className = "",
}: LegendProps) {
  // Pattern ids for url(#…): useId is unique per page; keep only characters any url() reference accepts.
  const id = `legend-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div className={`legend${className ? ` ${className}` : ""}`} aria-label={label}>
      <div className="legend-title">{title}</div>
      <ul className="legend-classes">
        {colours.map((c, k) => (
          <li key={c}>
            <span className="swatch" style={{ background: c }} aria-hidden="true" />
            {labels[k]}
          </li>
        ))}
      </ul>
      <ul className="legend-other">
        <li>
          <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
            <rect width="14" height="14" fill={`url(#${id}-no-data)`} />
            <defs>
              <pattern id={`${id}-no-data`} patternUnits="userSpaceOnUse" width="6" height="6">
                <rect width="6" height="6" className="no-data-bg" />
                <circle cx="3" cy="3" r="0.9" className="no-data-dot" />
              </pattern>
            </defs>
          </svg>
          {noData}
        </li>
        {doubtful && (
          <li>
            <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
              <rect width="14" height="14" fill={`url(#${id}-doubtful)`} />
              <defs>
                <pattern
                  id={`${id}-doubtful`}
                  patternUnits="userSpaceOnUse"
                  width="6"
                  height="6"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" className="pref-doubtful-bg" />
                  <line x1="0" y1="0" x2="0" y2="6" className="pref-doubtful-line" />
                </pattern>
              </defs>
            </svg>
            {doubtful}
          </li>
        )}
        {notCovered && (
          <li>
            <span className="swatch not-covered-swatch" aria-hidden="true" />
            {notCovered}
          </li>
        )}
        {keyRegions && (
          <li>
            <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
              {/* A class's fill under the hatch, drawn as on the map (in the page's and the text's colours). */}
              <rect width="14" height="14" className="key-swatch-fill" />
              <rect width="14" height="14" fill={`url(#${id}-key)`} className="key-swatch" />
              <defs>
                <pattern
                  id={`${id}-key`}
                  patternUnits="userSpaceOnUse"
                  width="7"
                  height="7"
                  patternTransform="rotate(45)"
                >
                  <line x1="1" y1="0" x2="1" y2="7" className="key-hatch" />
                  <line x1="2.6" y1="0" x2="2.6" y2="7" className="key-hatch-ink" />
                </pattern>
              </defs>
            </svg>
            {keyRegions}
          </li>
        )}
      </ul>
    </div>
  );
}
