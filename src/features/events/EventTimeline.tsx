/**
 * A strip of the dated events by month, coloured by kind, the date range shaded and the selected
 * event ringed. Drawn stretched to the width (marks are rectangles, so nothing distorts) with the
 * year labels in HTML, so the text stays readable on a phone. The table is the accessible form.
 */
import { useMemo } from "react";
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel } from "../../i18n/domain";
import { eventTitle } from "../../i18n/data-lang";
import { partialDateSpan } from "./lib/event-dates";
import { eventDateLabel } from "./lib/event-format";
import { layoutTimeline, yearsCovered } from "./lib/timeline";
import { eventViewMessages } from "./view-messages";

interface Props {
  events: EventRecord[];
  /** Every event, so the axis stays put as the filters change. */
  all: EventRecord[];
  selected: EventRecord | null;
  from: string | null;
  to: string | null;
  onSelect: (id: string) => void;
}

const W = 1000;
const PITCH = 5; // one stacked month mark: 4 units high, 1 gap
const YEAR_PITCH = 3;

/** Months since January of `firstYear` at the start of a day, as a fraction. */
function monthPos(day: string, firstYear: number): number {
  const [y, m, d] = day.split("-").map(Number);
  return (y - firstYear) * 12 + m - 1 + (d - 1) / 31;
}

export function EventTimeline({ events, all, selected, from, to, onSelect }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const years = useMemo(() => yearsCovered(all), [all]);
  const layout = useMemo(
    () => (years ? layoutTimeline(events, years.firstYear, years.lastYear) : null),
    [events, years],
  );
  // Heights from every event, so the strip does not jump as the filters change.
  const full = useMemo(() => (years ? layoutTimeline(all, years.firstYear, years.lastYear) : null), [all, years]);
  if (!layout || !full) return null;
  const unit = W / layout.months;
  const top = Math.max(full.maxStack, 3) * PITCH;
  const height = top + 4 + Math.max(full.maxYearStack, 1) * YEAR_PITCH + 2;
  const x = (month: number) => month * unit;
  const lo = from ? partialDateSpan(from)?.start : undefined;
  const hi = to ? partialDateSpan(to)?.end : undefined;
  const range =
    from || to
      ? {
          x0: lo ? Math.max(0, x(monthPos(lo, layout.firstYear))) : 0,
          x1: hi ? Math.min(W, x(monthPos(hi, layout.firstYear) + 1 / 31)) : W,
        }
      : null;
  const yearCount = layout.lastYear - layout.firstYear + 1;
  // A column through the selected event's month (or year), visible however thin its mark is.
  const month = layout.monthMarks.find((m) => m.event === selected);
  const year = layout.yearMarks.find((m) => m.event === selected);
  const chosen = month
    ? { x0: x(month.month), x1: x(month.month + 1) }
    : year
      ? { x0: x(year.year * 12), x1: x(year.year * 12 + 12) }
      : null;

  return (
    <figure className="event-timeline">
      <svg
        viewBox={`0 0 ${W} ${height}`}
        preserveAspectRatio="none"
        style={{ height: `${height}px` }}
        role="img"
        aria-label={t.timelineLabel(
          layout.monthMarks.length,
          layout.firstYear,
          layout.lastYear,
          layout.yearMarks.length,
        )}
      >
        {range && range.x1 > range.x0 && (
          <rect className="timeline-range" x={range.x0} y={0} width={range.x1 - range.x0} height={height} />
        )}
        {Array.from({ length: yearCount }, (_, k) => (
          <line key={k} className="timeline-year" x1={x(k * 12)} x2={x(k * 12)} y1={0} y2={height} />
        ))}
        {chosen && (
          <rect
            className="timeline-selected"
            x={chosen.x0}
            width={Math.max(chosen.x1 - chosen.x0, 2)}
            y={0}
            height={height}
          />
        )}
        <line className="timeline-axis" x1={0} x2={W} y1={top + 2} y2={top + 2} />
        {layout.monthMarks.map((m) => (
          <rect
            key={m.event.id}
            className={`timeline-mark kind-${m.event.kind}${selected?.id === m.event.id ? " selected" : ""}`}
            x={x(m.month) + 0.5}
            width={Math.max(unit - 1, 1)}
            y={top - (m.stack + 1) * PITCH + 1}
            height={PITCH - 1}
            onClick={() => onSelect(m.event.id)}
          >
            <title>{`${eventDateLabel(m.event, lang)} · ${eventKindLabel(m.event.kind, lang)} · ${eventTitle(m.event, lang).text}`}</title>
          </rect>
        ))}
        {layout.yearMarks.map((m) => (
          <rect
            key={m.event.id}
            className={`timeline-mark year-only kind-${m.event.kind}${selected?.id === m.event.id ? " selected" : ""}`}
            x={x(m.year * 12) + 1}
            width={12 * unit - 2}
            y={top + 5 + m.stack * YEAR_PITCH}
            height={YEAR_PITCH - 1}
            onClick={() => onSelect(m.event.id)}
          >
            <title>{`${eventDateLabel(m.event, lang)}${t.yearOnly} · ${eventKindLabel(m.event.kind, lang)} · ${eventTitle(m.event, lang).text}`}</title>
          </rect>
        ))}
      </svg>
      <div className="timeline-years" aria-hidden="true">
        {Array.from({ length: yearCount }, (_, k) => (
          <span key={k} style={{ left: `${((k + 0.5) / yearCount) * 100}%` }}>
            {layout.firstYear + k}
          </span>
        ))}
      </div>
      <figcaption className="timeline-caption">
        {t.timelineCaption}
        {selected && !selected.date && t.selectedUndated}
      </figcaption>
    </figure>
  );
}
