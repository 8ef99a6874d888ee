/**
 * The events as a table: dated ones newest first, then the undated in a group of their own. A row
 * is selected by its title button (or a click anywhere on it); the record opens in a row below.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import type { EventRecord } from "../../data/atlas-types";
import { formatExactBn } from "../../ui/format";
import { EventDate, EventSource, KindLabel } from "./EventBits";

interface Props {
  dated: EventRecord[];
  undated: EventRecord[];
  selected: string | null;
  onSelect: (id: string) => void;
  detail: (event: EventRecord) => ReactNode;
}

const COLUMNS = ["Date", "Place", "Kind", "Amount", "Event", "Source"];

export function EventsTable({ dated, undated, selected, onSelect, detail }: Props) {
  const row = (e: EventRecord) => <EventRow key={e.id} event={e} selected={selected === e.id} onSelect={onSelect} detail={detail} />;
  return (
    <div className="events-table-wrap">
      <table className="events-table">
        <caption className="visually-hidden">Events matching the filters, newest first; undated events last. Select an event's title for its full record.</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {c}
                {c === "Amount" && <sup aria-hidden="true">*</sup>}
              </th>
            ))}
          </tr>
        </thead>
        {dated.length > 0 && <tbody>{dated.map(row)}</tbody>}
        {undated.length > 0 && (
          <tbody className="undated-group">
            <tr>
              <th colSpan={COLUMNS.length} scope="colgroup">
                Undated ({undated.length}) <span className="group-note">The sources print no date for these: listed here, never placed on the timeline, a chart or the map.</span>
              </th>
            </tr>
            {undated.map(row)}
          </tbody>
        )}
      </table>
      <p id="events-amount-note" className="table-note">
        * bn CNY, exactly as recorded. An amount may be a value of assets, a pledge, a loan or a market value rather than cash raised: the
        event's summary says what it measures.
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
  return (
    <>
      <tr ref={ref} className={`event-row${selected ? " selected" : ""}`} data-event-id={e.id} onClick={onRowClick}>
        <td data-label="Date">
          <EventDate event={e} />
        </td>
        <td data-label="Place">
          {e.placeEn} <span lang="zh-CN">{e.placeZh}</span>
          {e.scope !== "province" && e.scope !== "national" && <span className="event-scope">{e.scope}</span>}
        </td>
        <td data-label="Kind">
          <KindLabel kind={e.kind} />
        </td>
        <td data-label="Amount" className="amount">
          {e.amountBn === null ? <span className="muted">—</span> : <span aria-describedby="events-amount-note">{formatExactBn(e.amountBn)}</span>}
        </td>
        <td data-label="Event" className="event-cell">
          <button type="button" className="event-pick" aria-expanded={selected} aria-controls={selected ? detailId : undefined} onClick={() => onSelect(e.id)}>
            {e.title}
          </button>
          <p className="event-summary">{e.summary}</p>
        </td>
        <td data-label="Source">
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
