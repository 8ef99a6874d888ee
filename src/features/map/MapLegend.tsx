/** The legend: units, the classes' breaks, and the non-value swatches (no data, not covered, key). */
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
  const labels = classLabels(scale, metric, lang);
  const info = metricInfo(metric, lang);
  return (
    <div className="legend" aria-label={t.legend}>
      <div className="legend-title">{t.legendTitle(info.label, info.unit)}</div>
      <ul className="legend-classes">
        {scale.colours.map((c, k) => (
          <li key={c}>
            <span className="swatch" style={{ background: c }} aria-hidden="true" />
            {labels[k]}
          </li>
        ))}
      </ul>
      <ul className="legend-other">
        <li>
          <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
            <rect width="14" height="14" fill="url(#legend-no-data)" />
            <defs>
              <pattern id="legend-no-data" patternUnits="userSpaceOnUse" width="6" height="6">
                <rect width="6" height="6" className="no-data-bg" />
                <circle cx="3" cy="3" r="0.9" className="no-data-dot" />
              </pattern>
            </defs>
          </svg>
          {t.legendNoData}
        </li>
        <li>
          <span className="swatch not-covered-swatch" aria-hidden="true" />
          {t.legendNotCovered}
        </li>
        {showKey && (
          <li>
            <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
              <rect width="14" height="14" fill="#fff" />
              <rect width="14" height="14" fill="url(#legend-key)" className="key-swatch" />
              <defs>
                <pattern id="legend-key" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                  <line x1="0" y1="0" x2="0" y2="7" className="key-hatch" />
                </pattern>
              </defs>
            </svg>
            {t.legendKey}
          </li>
        )}
      </ul>
    </div>
  );
}
