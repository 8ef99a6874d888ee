/**
 * The events as a table: dated ones newest first, then the undated in a group of their own. A row
 * is selected by its title button (or a click anywhere on it); the record opens in a row below.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { DataText, EventAmount, EventDate, EventSource, KindLabel } from "./EventBits";
import { PlaceName } from "../../ui/PlaceName";
import { eventSummary, eventTitle } from "../../i18n/data-lang";
import { eventViewMessages } from "./view-messages";

interface Props {
  dated: EventRecord[];
  undated: EventRecord[];
  selected: string | null;
  onSelect: (id: string) => void;
  detail: (event: EventRecord) => ReactNode;
}

const COLUMNS = ["date", "place", "kind", "amount", "event", "source"] as const;

export function EventsTable({ dated, undated, selected, onSelect, detail }: Props) {
  const t = useMessages(eventViewMessages);
  const row = (e: EventRecord) => (
    <EventRow key={e.id} event={e} selected={selected === e.id} onSelect={onSelect} detail={detail} />
  );
  return (
    <div className="events-table-wrap">
      <table className="events-table">
        <caption className="visually-hidden">{t.tableCaption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t.columns[c]}
                {c === "amount" && <sup aria-hidden="true">*</sup>}
              </th>
            ))}
          </tr>
        </thead>
        {dated.length > 0 && <tbody>{dated.map(row)}</tbody>}
        {undated.length > 0 && (
          <tbody className="undated-group">
            <tr>
              <th colSpan={COLUMNS.length} scope="colgroup">
                {t.undatedGroup(undated.length)} <span className="group-note">{t.undatedGroupNote}</span>
              </th>
            </tr>
            {undated.map(row)}
          </tbody>
        )}
      </table>
      <p id="events-amount-note" className="table-note">
        {t.amountNote}
      </p>
    </div>
  );
}

interface RowProps {
  event: EventRecord;
  selected: boolean;
  onSelect: (id: string) => void;
  detail: (event: EventRecord) => ReactNode;
}

function EventRow({ event: e, selected, onSelect, detail }: RowProps) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    // Selected from the timeline or a link: bring the row to the reader (a no-op when it is in view).
    if (selected) ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [selected]);
  // A click anywhere on the row selects it, except on its own link and button.
  const onRowClick = (ev: MouseEvent) => {
    if (!(ev.target as Element).closest("a, button")) onSelect(e.id);
  };
  const detailId = `event-detail-${e.id}`;
  const title = eventTitle(e, lang);
  return (
    <>
      <tr ref={ref} className={`event-row${selected ? " selected" : ""}`} data-event-id={e.id} onClick={onRowClick}>
        <td data-label={t.columns.date}>
          <EventDate event={e} />
        </td>
        <td data-label={t.columns.place} className="place-cell">
          {/* The Chinese reader gets the Chinese name; the English reader both (both are in the record). */}
          <PlaceName en={e.placeEn} zh={e.placeZh} />
          {e.scope !== "province" && e.scope !== "national" && (
            <span className="event-scope">{t.scope[e.scope] ?? e.scope}</span>
          )}
        </td>
        <td data-label={t.columns.kind}>
          <KindLabel kind={e.kind} />
        </td>
        <td data-label={t.columns.amount} className="amount">
          {e.amountBn === null ? (
            <span className="muted">—</span>
          ) : (
            <EventAmount event={e} aria-describedby="events-amount-note" />
          )}
        </td>
        <td data-label={t.columns.event} className="event-cell">
          <button
            type="button"
            className="event-pick"
            aria-expanded={selected}
            aria-controls={selected ? detailId : undefined}
            onClick={() => onSelect(e.id)}
            lang={title.lang}
          >
            {title.text}
          </button>
          <DataText as="p" className="event-summary" text={eventSummary(e, lang)} />
        </td>
        <td data-label={t.columns.source}>
          <EventSource event={e} />
        </td>
      </tr>
      {selected && (
        <tr className="event-detail-row" id={detailId}>
          <td colSpan={COLUMNS.length}>{detail(e)}</td>
        </tr>
      )}
    </>
  );
}
