/** One event's full record: what the date is, where, the amount, the quote, notes and source. */
import type { AtlasIndex } from "../../data/atlas-index";
import type { EventRecord } from "../../data/atlas-types";
import { periodById } from "../../data/periods";
import { periodLabel } from "../../data/series";
import { formatExactBn, safeHref } from "../../ui/format";
import type { ViewProps } from "../view-props";
import { EventDate, EventSource, KindLabel } from "./EventBits";
import { eventPeriodBucket } from "./lib/event-dates";
import { PRECISION_WORDS, unplacedReason } from "./lib/event-format";

interface Props {
  event: EventRecord;
  index: AtlasIndex;
  setView: ViewProps["setView"];
}

export function EventDetail({ event: e, index, setView }: Props) {
  const province = e.provinceAdcode ? index.provinceByAdcode.get(e.provinceAdcode) : undefined;
  return (
    <article className="event-detail" aria-label={`Event: ${e.title}`}>
      <h3>{e.title}</h3>
      <dl>
        <dt>Date</dt>
        <dd>
          <EventDate event={e} />
          {e.precision ? ` (${PRECISION_WORDS[e.precision]})` : ""}. What the date is: {e.dateBasis || "not stated"}.
        </dd>
        <dt>Place</dt>
        <dd>
          {e.placeEn} <span lang="zh-CN">{e.placeZh}</span> ({e.scope}
          {province && e.scope !== "province" ? `, ${province.nameEn}` : ""})
        </dd>
        <dt>Kind</dt>
        <dd>
          <KindLabel kind={e.kind} />
        </dd>
        <dt>Amount</dt>
        <dd>{e.amountBn === null ? "Not stated as a yuan amount (see notes)." : `${formatExactBn(e.amountBn)}, as recorded; the summary says what it measures.`}</dd>
        <dt>On the charts</dt>
        <dd>{chartsLine(e, province?.nameEn)}</dd>
      </dl>
      {e.summary && <p>{e.summary}</p>}
      {e.quote && <blockquote cite={safeHref(e.sourceUrl) ?? undefined}>{e.quote}</blockquote>}
      {e.notes && <p className="event-notes">Notes: {e.notes}</p>}
      <p className="event-detail-source">
        Source: <EventSource event={e} />
      </p>
      {province && (
        <button type="button" onClick={() => setView({ view: "map", region: province.iso })}>
          Show on the map and {province.nameEn}'s chart
        </button>
      )}
    </article>
  );
}

function chartsLine(e: EventRecord, provinceName: string | undefined): string {
  if (!provinceName) return "National: on no province's chart.";
  const bucket = eventPeriodBucket(e);
  if (bucket.period === null) return `Not on ${provinceName}'s chart: ${unplacedReason(bucket)}.`;
  const period = periodById(bucket.period);
  return `${provinceName}'s balance chart counts it in the ${period ? periodLabel(period) : bucket.period} bar.`;
}
