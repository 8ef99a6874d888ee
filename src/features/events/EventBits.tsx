/**
 * Small pieces every event listing shares: the date at its precision, the kind, the place, the
 * amount with what it measures, the source link.
 */
import { useQuery } from "@tanstack/react-query";
import type { EventRecord } from "../../data/atlas-types";
import { eventsQuery } from "../../data/queries";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel, localName } from "../../i18n/domain";
import { SourceLink } from "../../ui/SourceLink";
import { dataLang, eventTitle, type LocalText } from "../../i18n/data-lang";
import { eventDateValue } from "./lib/event-dates";
import { amountLabel, eventDateLabel, isMiningRightAmount, precisionWords } from "./lib/event-format";
import { eventViewMessages } from "./view-messages";
import { useProvinceEvents } from "./use-province-events";

export function EventDate({ event }: { event: EventRecord }) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const value = eventDateValue(event);
  if (!value || !event.precision) return <span className="event-date undated">{t.undated}</span>;
  return (
    <time className="event-date" dateTime={value} title={t.precisionTitle(precisionWords(event.precision, lang))}>
      {eventDateLabel(event, lang)}
    </time>
  );
}

export function KindLabel({ kind }: { kind: EventRecord["kind"] }) {
  const lang = useLang();
  return (
    <span className={`event-kind kind-${kind}`}>
      <span className="kind-dot" aria-hidden="true" />
      {eventKindLabel(kind, lang)}
    </span>
  );
}

/** The place in the reader's language: the Chinese name for a Chinese reader, the English one otherwise. */
export function EventPlace({ event: e }: { event: EventRecord }) {
  const lang = useLang();
  const name = localName(e.placeEn, e.placeZh, lang);
  return <span lang={dataLang(name, lang)}>{name}</span>;
}

/**
 * Data text as written (a quote, note, date basis), marked with its language where it differs from
 * the page's; or a text the data holds in both languages (a title, a summary: i18n/data-lang.ts
 * `localText`), in the reader's language and always marked with the language it is in.
 */
export function DataText({
  text,
  as: Tag = "span",
  className,
}: {
  text: string | LocalText;
  as?: "span" | "p" | "div";
  className?: string;
}) {
  const lang = useLang();
  return typeof text === "string" ? (
    <Tag className={className} lang={dataLang(text, lang)}>
      {text}
    </Tag>
  ) : (
    <Tag className={className} lang={text.lang}>
      {text.text}
    </Tag>
  );
}

/**
 * The source as a link when its URL is http(s), then its date and, where a source check found it
 * wanting, what it found (ui/SourceLink.tsx, shared by every source).
 */
export function EventSource({ event, withDate = true }: { event: EventRecord; withDate?: boolean }) {
  return (
    <span className="event-source-ref">
      <SourceLink
        name={event.sourceName}
        url={event.sourceUrl}
        date={withDate ? event.sourceDate : null}
        strength={event.sourceStrength}
      />
    </span>
  );
}

/** The amount with what it measures, "10 bn CNY (sale price)"; nothing when the event has none. */
export function EventAmount({
  event,
  className,
  "aria-describedby": describedBy,
}: {
  event: EventRecord;
  className?: string;
  "aria-describedby"?: string;
}) {
  const lang = useLang();
  const label = amountLabel(event, lang);
  return label === null ? null : (
    <span className={className} aria-describedby={describedBy} data-measure={event.amountMeasure ?? undefined}>
      {label}
    </span>
  );
}

/**
 * What the reader must know before comparing the amount with others: a mining right is not an
 * existing asset sold, and a total that contains (or is contained in) other events' amounts must
 * not be added to them. The overlapping events are named by their titles, from the events file or
 * the province's file that listed this event.
 */
export function AmountCaveats({ event, className }: { event: EventRecord; className?: string }) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  // Looked up where this event was listed: its province's events (which hold the events they
  // overlap) or the whole file; read, never downloaded from here.
  const own = useProvinceEvents(event.provinceAdcode ?? "", false);
  const whole = useQuery({ ...eventsQuery, enabled: false });
  const loaded = own.data ?? whole.data ?? [];
  if (event.amountBn === null) return null;
  const mining = isMiningRightAmount(event);
  const overlaps = event.amountOverlaps.map((id): LocalText | string => {
    const other = loaded.find((e) => e.id === id);
    return other ? eventTitle(other, lang) : id;
  });
  if (!mining && overlaps.length === 0) return null;
  return (
    <>
      {mining && <p className={className}>{t.miningCaveat}</p>}
      {overlaps.length > 0 && (
        <p className={className} data-overlaps={event.amountOverlaps.join(" ")}>
          {t.overlapsLead}
          {overlaps.map((title, k) => (
            <span key={event.amountOverlaps[k]}>
              {k > 0 && t.listJoin}
              <DataText text={title} />
            </span>
          ))}
        </p>
      )}
    </>
  );
}
