/** One event's full record: what the date is, where, the amount, the quote, notes and source. */
import type { AtlasIndex } from "../../data/atlas-index";
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { namesInOrder, provinceName } from "../../i18n/domain";
import type { Lang } from "../../i18n/lang";
import { safeHref } from "../../ui/format";
import type { ViewProps } from "../../state/view-props";
import { AmountCaveats, DataText, EventDate, EventSource, KindLabel } from "./EventBits";
import { dataLang, eventSummary, eventTitle } from "../../i18n/data-lang";
import { eventPeriodBucket } from "./lib/event-dates";
import { amountLabel, barLabel, precisionWords, unplacedReason } from "./lib/event-format";
import { eventViewMessages } from "./view-messages";

interface Props {
  event: EventRecord;
  index: AtlasIndex;
  setView: ViewProps["setView"];
}

export function EventDetail({ event: e, index, setView }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const province = e.provinceAdcode ? index.provinceByAdcode.get(e.provinceAdcode) : undefined;
  const name = province ? provinceName(province, lang) : undefined;
  // Both place names in the record, the reader's first; the other marked with its language.
  const [first, second] = namesInOrder(e.placeEn, e.placeZh, lang).map((n) => n.text);
  const scope = t.scope[e.scope] ?? e.scope;
  const title = eventTitle(e, lang);
  return (
    <article className="event-detail" aria-label={t.eventLabel(title.text)}>
      <h3 lang={title.lang}>{title.text}</h3>
      <dl>
        <dt>{t.detail.date}</dt>
        <dd>
          <EventDate event={e} />
          {e.precision ? t.precisionAside(precisionWords(e.precision, lang)) : ""}
          {t.dateBasisLead}
          {e.dateBasis ? <DataText text={e.dateBasis} /> : t.notStated}
          {t.sentenceEnd}
        </dd>
        <dt>{t.detail.place}</dt>
        <dd>
          <span lang={dataLang(first, lang)}>{first}</span> <span lang={dataLang(second, lang)}>{second}</span>
          {t.placeScope(scope, name && e.scope !== "province" ? name : null)}
        </dd>
        <dt>{t.detail.kind}</dt>
        <dd>
          <KindLabel kind={e.kind} />
        </dd>
        <dt>{t.detail.amount}</dt>
        <dd>
          {e.amountBn === null ? t.noAmount : t.amountAsRecorded(amountLabel(e, lang)!)}
          <AmountCaveats event={e} className="event-amount-caveat" />
        </dd>
        <dt>{t.detail.charts}</dt>
        <dd>{chartsLine(e, name, lang)}</dd>
      </dl>
      <DataText as="p" text={eventSummary(e, lang)} />
      {e.quote && (
        <blockquote cite={safeHref(e.sourceUrl) ?? undefined} lang={dataLang(e.quote, lang)}>
          {e.quote}
        </blockquote>
      )}
      {e.notes && (
        <p className="event-notes">
          {t.notes}
          <DataText text={e.notes} />
        </p>
      )}
      <p className="event-detail-source">
        {t.source}
        <EventSource event={e} />
      </p>
      {province && name && (
        <button type="button" onClick={() => setView({ view: "map", region: province.iso })}>
          {t.showOnMap(name)}
        </button>
      )}
    </article>
  );
}

function chartsLine(e: EventRecord, provinceName: string | undefined, lang: Lang): string {
  const t = eventViewMessages[lang];
  if (!provinceName) return t.nationalCharts;
  const bucket = eventPeriodBucket(e);
  if (bucket.period === null) return t.notOnProvinceChart(provinceName, unplacedReason(bucket, lang));
  return t.onProvinceChart(provinceName, barLabel(bucket.period, lang));
}
