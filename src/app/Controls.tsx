/**
 * Metric and period pickers. Native controls: keyboard, screen readers and phones get them free.
 * The period slider pushes one history entry per drag (the first move) and replaces it while the
 * drag goes on, so back returns to where the drag started; each key press is its own step.
 *
 * In the full atlas the period comes first: on a laptop it sits on the nav's row and the metric
 * buttons take the row below, and the tab order follows that reading order. Each metric button
 * carries its full name and a short one; narrow screens show the short one. Its accessible name is
 * the name it shows (the hidden one is not read), so a reader who speaks or sees "Debt/GDP" finds
 * the button by those words (WCAG 2.5.3); the full name stays its title on wide screens, and the
 * legend and tooltips spell it out.
 */
import { useRef } from "react";
import { METRIC_IDS, type MetricId } from "../data/metrics";
import { useLang, useMessages } from "../i18n/context";
import { metricInfo } from "../i18n/domain";
import { appMessages } from "./messages";
import { PERIODS } from "../data/periods";
import { periodLabel } from "../data/series";
import { useScrollCue } from "./use-scroll-cue";

interface Props {
  metric: MetricId;
  periodId: string;
  onMetric: (m: MetricId) => void;
  onPeriod: (p: string, history?: "push" | "replace") => void;
  compact?: boolean;
  /** False where the view has no metric to choose (the National page): no buttons that do nothing. */
  showMetric?: boolean;
}

export function Controls({ metric, periodId, onMetric, onPeriod, compact = false, showMetric = true }: Props) {
  const index = PERIODS.findIndex((p) => p.id === periodId);
  const dragging = useRef<"idle" | "started" | "moved">("idle");
  const t = useMessages(appMessages);
  const lang = useLang();
  const cue = useScrollCue<HTMLDivElement>(metric);
  const metricPicker = showMetric && (
    <fieldset className="metric-picker" key="metric" data-more={cue.more}>
      <legend>{t.metric}</legend>
      <div className="metric-options scroll-row" ref={cue.ref}>
        {METRIC_IDS.map((m) => {
          const info = metricInfo(m, lang);
          return (
            <label key={m} className={m === metric ? "active" : ""} title={compact ? undefined : info.label}>
              <input type="radio" name="metric" value={m} checked={m === metric} onChange={() => onMetric(m)} />
              {compact ? (
                info.short
              ) : (
                <>
                  <span className="metric-full">{info.label}</span>
                  <span className="metric-short">{info.short}</span>
                </>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
  const periodPicker = (
    <div className="period-picker" key="period">
      <label htmlFor="period-select">{t.asOf}</label>
      {!compact && (
        <button
          type="button"
          aria-label={t.previousPeriod}
          disabled={index <= 0}
          onClick={() => onPeriod(PERIODS[index - 1].id)}
        >
          ‹
        </button>
      )}
      <select id="period-select" value={periodId} onChange={(e) => onPeriod(e.target.value)}>
        {PERIODS.map((p) => (
          <option key={p.id} value={p.id}>
            {periodLabel(p, lang)}
          </option>
        ))}
      </select>
      {!compact && (
        <button
          type="button"
          aria-label={t.nextPeriod}
          disabled={index >= PERIODS.length - 1}
          onClick={() => onPeriod(PERIODS[index + 1].id)}
        >
          ›
        </button>
      )}
      <input
        className="period-slider"
        type="range"
        min={0}
        max={PERIODS.length - 1}
        step={1}
        value={index}
        aria-label={t.period}
        aria-valuetext={PERIODS[index] ? periodLabel(PERIODS[index], lang) : periodId}
        onPointerDown={() => (dragging.current = "started")}
        onPointerUp={() => (dragging.current = "idle")}
        onPointerCancel={() => (dragging.current = "idle")}
        onChange={(e) => {
          const next = PERIODS[Number(e.target.value)];
          if (!next) return;
          onPeriod(next.id, dragging.current === "moved" ? "replace" : "push");
          if (dragging.current === "started") dragging.current = "moved";
        }}
      />
    </div>
  );
  return (
    <div className={`controls${compact ? " compact" : ""}`}>
      {compact ? [metricPicker, periodPicker] : [periodPicker, metricPicker]}
    </div>
  );
}
