/** What the filters found: the count, the timeline, the table, and the selected event's record. */
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { provinceName } from "../../i18n/domain";
import type { ViewProps } from "../../state/view-props";
import type { EventSelection } from "./lib/filter-events";
import { CLEARED_EVENT_FILTERS } from "./lib/event-view";
import { EventDetail } from "./EventDetail";
import { EventsTable } from "./EventsTable";
import { EventTimeline } from "./EventTimeline";
import { eventViewMessages } from "./view-messages";

interface Props extends ViewProps {
  all: EventRecord[];
  selection: EventSelection;
}

export function EventResults({ index, view, setView, all, selection }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const chosen = view.event ? (all.find((e) => e.id === view.event) ?? null) : null;
  const listed = chosen !== null && selection.events.includes(chosen);
  const select = (id: string) => setView({ event: view.event === id ? null : id });
  const detail = (e: EventRecord) => <EventDetail event={e} index={index} setView={setView} />;
  const province = view.region ? index.provinceByIso.get(view.region) : undefined;
  const provinceHasNone = province !== undefined && !all.some((e) => e.provinceAdcode === province.adcode);
  const { undatedExcluded } = selection;

  return (
    <>
      <p className="events-results" aria-live="polite">
        <strong>{t.resultCount(selection.events.length, all.length)}</strong>
        {undatedExcluded > 0 && t.undatedLeftOut(undatedExcluded)}
      </p>
      {view.event && !chosen && (
        <p className="events-notice" role="note">
          {t.missingEvent(view.event)}{" "}
          <button type="button" className="link-button" onClick={() => setView({ event: null }, "replace")}>
            {t.dismiss}
          </button>
        </p>
      )}
      {selection.dated.length > 0 && (
        <EventTimeline
          events={selection.dated}
          all={all}
          selected={chosen}
          from={view.from}
          to={view.to}
          onSelect={select}
        />
      )}
      {chosen && !listed && (
        <div className="event-detail-box" aria-label={t.selectedEvent}>
          <p className="events-notice">{t.selectedNotListed}</p>
          {detail(chosen)}
        </div>
      )}
      {selection.events.length === 0 ? (
        <div className="events-empty" role="note">
          <p>{provinceHasNone ? t.noneForProvince(provinceName(province, lang)) : t.noneMatch}</p>
          <button type="button" onClick={() => setView({ ...CLEARED_EVENT_FILTERS, region: null })}>
            {t.clearFilters}
          </button>
        </div>
      ) : (
        <EventsTable
          dated={selection.dated}
          undated={selection.undated}
          selected={view.event}
          onSelect={select}
          detail={detail}
        />
      )}
    </>
  );
}
