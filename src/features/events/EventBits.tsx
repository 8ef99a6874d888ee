/** Small pieces every event listing shares: the date at its precision, the kind, the place, the source link. */
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel } from "../../i18n/domain";
import { safeHref } from "../../ui/format";
import { dataLang } from "../../i18n/data-lang";
import { eventDateValue, isPartialDate } from "./lib/event-dates";
import { eventDateLabel, precisionWords, sourceDateLabel } from "./lib/event-format";
import { eventViewMessages } from "./view-messages";

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
  const name = lang === "zh" ? e.placeZh || e.placeEn : e.placeEn || e.placeZh;
  return <span lang={dataLang(name, lang)}>{name}</span>;
}

/** Data text (a title, summary, quote, note) as written, marked with its language where it differs from the page's. */
export function DataText({
  text,
  as: Tag = "span",
  className,
}: {
  text: string;
  as?: "span" | "p" | "div";
  className?: string;
}) {
  const lang = useLang();
  return (
    <Tag className={className} lang={dataLang(text, lang)}>
      {text}
    </Tag>
  );
}

/** The source as a link when its URL is http(s) (a `javascript:` URL in the data stays text). */
export function EventSource({ event, withDate = true }: { event: EventRecord; withDate?: boolean }) {
  const lang = useLang();
  const href = safeHref(event.sourceUrl);
  const nameLang = dataLang(event.sourceName, lang);
  return (
    <span className="event-source-ref">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" lang={nameLang}>
          {event.sourceName}
        </a>
      ) : (
        <span lang={nameLang}>{event.sourceName}</span>
      )}
      {withDate && event.sourceDate && (
        <span className="event-source-date">
          {lang === "zh" ? "，" : ", "}
          {/* A source date that is not a date ("not printed") is data text, in the source's language. */}
          <span lang={isPartialDate(event.sourceDate) ? undefined : dataLang(event.sourceDate, lang)}>
            {sourceDateLabel(event.sourceDate, lang)}
          </span>
        </span>
      )}
    </span>
  );
}
