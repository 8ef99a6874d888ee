/**
 * Above a province's event list: which period's span it shows (the keyboard's way to do what a
 * click on a chart bar does), how many events match, and "Show all" to drop every event filter.
 */
import type { ChangeEvent } from "react";
import { EVENT_KIND_LABELS } from "../../data/event-kinds";
import { PERIODS } from "../../data/periods";
import { periodLabel } from "../../data/series";
import type { ViewProps } from "../view-props";
import { periodOfRange, periodRange } from "./lib/event-dates";
import { rangeLabel } from "./lib/event-format";
import { CLEARED_EVENT_FILTERS, hasEventFilters, type EventViewFields } from "./lib/event-view";

interface Props {
  view: EventViewFields;
  setView: ViewProps["setView"];
  shown: number;
  total: number;
  undatedExcluded: number;
}

const CUSTOM = "custom";

export function PanelEventsBar({ view, setView, shown, total, undatedExcluded }: Props) {
  const period = periodOfRange(view.from, view.to);
  const range = rangeLabel(view.from, view.to);
  const onPeriod = (e: ChangeEvent<HTMLSelectElement>) => {
    const value = e.target.value;
    if (value === CUSTOM) return;
    setView(value ? (periodRange(value) ?? {}) : { from: null, to: null });
  };
  const filters = [
    view.eventKinds.map((k) => EVENT_KIND_LABELS[k]).join(" or "),
    range,
    view.query.trim() ? `“${view.query.trim()}”` : "",
  ].filter(Boolean);
  return (
    <div className="panel-events-bar">
      <label>
        Events in{" "}
        <select value={period ?? (range ? CUSTOM : "")} onChange={onPeriod}>
          <option value="">all periods</option>
          {range && !period && <option value={CUSTOM}>{range}</option>}
          {PERIODS.map((p) => {
            const span = rangeLabel(periodRange(p.id)!.from, periodRange(p.id)!.to);
            const label = periodLabel(p);
            return (
              <option key={p.id} value={p.id}>
                {span === label ? label : `${label}: ${span}`}
              </option>
            );
          })}
        </select>
      </label>
      <p className="events-status" aria-live="polite">
        {shown === total ? `${total} events` : `${shown} of ${total} events`}
        {filters.length > 0 && ` · ${filters.join(" · ")}`}
        {undatedExcluded > 0 && ` · ${undatedExcluded} undated not shown with a date range`}
        {hasEventFilters(view) && (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => setView(CLEARED_EVENT_FILTERS)}>
              Show all
            </button>
          </>
        )}
      </p>
    </div>
  );
}
