/**
 * Above a province's event list: which period's span it shows (the keyboard's way to do what a
 * click on a chart bar does), how many events match, and "Show all" to drop every event filter.
 */
import type { ChangeEvent } from "react";
import { PERIODS } from "../../data/periods";
import { periodLabel } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel } from "../../i18n/domain";
import type { ViewProps } from "../../state/view-props";
import { periodOfRange, periodRange } from "./lib/event-dates";
import { rangeLabel } from "./lib/event-format";
import { CLEARED_EVENT_FILTERS, hasEventFilters, type EventViewFields } from "./lib/event-view";
import { eventViewMessages } from "./view-messages";

interface Props {
  view: EventViewFields;
  setView: ViewProps["setView"];
  shown: number;
  total: number;
  undatedExcluded: number;
}

const CUSTOM = "custom";

export function PanelEventsBar({ view, setView, shown, total, undatedExcluded }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const period = periodOfRange(view.from, view.to);
  const range = rangeLabel(view.from, view.to, lang);
  const onPeriod = (e: ChangeEvent<HTMLSelectElement>) => {
    const value = e.target.value;
    if (value === CUSTOM) return;
    setView(value ? (periodRange(value) ?? {}) : { from: null, to: null });
  };
  const filters = [
    view.eventKinds.map((k) => eventKindLabel(k, lang)).join(t.kindsOr),
    range,
    view.query.trim() ? `“${view.query.trim()}”` : "",
  ].filter(Boolean);
  return (
    <div className="panel-events-bar">
      <label>
        {t.eventsIn}{" "}
        <select value={period ?? (range ? CUSTOM : "")} onChange={onPeriod}>
          <option value="">{t.allPeriods}</option>
          {range && !period && <option value={CUSTOM}>{range}</option>}
          {PERIODS.map((p) => {
            const { from, to } = periodRange(p.id)!;
            const label = periodLabel(p, lang);
            // A period that is one whole year needs no span after its name.
            return (
              <option key={p.id} value={p.id}>
                {from === to ? label : t.periodOption(label, rangeLabel(from, to, lang))}
              </option>
            );
          })}
        </select>
      </label>
      <p className="events-status" aria-live="polite">
        {t.panelCount(shown, total)}
        {filters.length > 0 && ` · ${filters.join(" · ")}`}
        {undatedExcluded > 0 && t.panelUndated(undatedExcluded)}
        {hasEventFilters(view) && (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => setView(CLEARED_EVENT_FILTERS)}>
              {t.showAll}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
