/** Metric and period pickers. Native controls: keyboard, screen readers and phones get them free. */
import { METRIC_IDS, METRICS, type MetricId } from "../data/metrics";
import { PERIODS } from "../data/periods";
import { periodLabel } from "../data/series";

interface Props {
  metric: MetricId;
  periodId: string;
  onMetric: (m: MetricId) => void;
  onPeriod: (p: string) => void;
}

export function Controls({ metric, periodId, onMetric, onPeriod }: Props) {
  const index = PERIODS.findIndex((p) => p.id === periodId);
  return (
    <div className="controls">
      <fieldset className="metric-picker">
        <legend>Metric</legend>
        {METRIC_IDS.map((m) => (
          <label key={m} className={m === metric ? "active" : ""}>
            <input type="radio" name="metric" value={m} checked={m === metric} onChange={() => onMetric(m)} />
            {METRICS[m].label}
          </label>
        ))}
      </fieldset>
      <div className="period-picker">
        <label htmlFor="period-select">Year-end</label>
        <button type="button" aria-label="Previous period" disabled={index <= 0} onClick={() => onPeriod(PERIODS[index - 1].id)}>
          ‹
        </button>
        <select id="period-select" value={periodId} onChange={(e) => onPeriod(e.target.value)}>
          {PERIODS.map((p) => (
            <option key={p.id} value={p.id}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
        <button type="button" aria-label="Next period" disabled={index >= PERIODS.length - 1} onClick={() => onPeriod(PERIODS[index + 1].id)}>
          ›
        </button>
      </div>
    </div>
  );
}
