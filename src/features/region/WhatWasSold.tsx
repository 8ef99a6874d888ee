/**
 * The province panel's "What was sold": priced asset sales grouped by what each amount measures,
 * a total only within a measure of single sales (lib/sales.ts), each sale with its source. Follows
 * the selected prefecture.
 */
import { useProvinceEvents } from "../events/use-province-events";
import { useMemo } from "react";
import { MINING_RIGHT_MEASURES } from "../../data/amount-measures";
import { useLang, useMessages } from "../../i18n/context";
import { eventTitle } from "../../i18n/data-lang";
import { formatExactBn, formatPartialDate } from "../../ui/format";
import { EventSource } from "../events/EventBits";
import { eventViewMessages } from "../events/view-messages";
import { prefecturePrefix, salesOf } from "./lib/sales";
import { salesMessages } from "./sales-messages";

export function WhatWasSold({
  adcode,
  place: names,
  prefecture,
}: {
  adcode: string;
  /** The province's or prefecture's name in both languages; each reader gets theirs. */
  place: { en: string; zh: string };
  prefecture?: string | null;
}) {
  const lang = useLang();
  const t = useMessages(salesMessages);
  const place = t.place(names.en, names.zh);
  // Under a prefecture's profile (an h4) the headings step down one level each.
  const Title = prefecture ? "h5" : "h3";
  const Group = prefecture ? "h6" : "h4";
  const words = useMessages(eventViewMessages);
  const events = useProvinceEvents(adcode);
  const groups = useMemo(
    () => (events.data ? salesOf(events.data, adcode, prefecture ? prefecturePrefix(prefecture) : undefined) : null),
    [events.data, adcode, prefecture],
  );
  if (events.isError) return null; // the events list below says the file failed, with its retry
  return (
    <section className="what-was-sold" aria-label={prefecture ? t.headingIn(place) : t.heading}>
      <Title>{prefecture ? t.headingIn(place) : t.heading}</Title>
      {!groups && <p className="muted">{t.loading}</p>}
      {groups && groups.length === 0 && <p className="muted">{t.none(place)}</p>}
      {groups && groups.length > 0 && (
        <>
          <p className="chart-note">{t.lead}</p>
          {groups.map((g) => (
            <div key={g.measure} className="sale-group" data-measure={g.measure}>
              <Group>
                {t.group(words.measure[g.measure], g.events.length)}
                {g.total !== null && t.total(formatExactBn(g.total, lang))}
              </Group>
              {MINING_RIGHT_MEASURES.includes(g.measure) && <p className="muted">{t.miningNote}</p>}
              <ul>
                {g.events.map((e) => (
                  <li key={e.id} data-event={e.id}>
                    <time dateTime={e.date ?? undefined}>{formatPartialDate(e.date, lang)}</time>{" "}
                    <span lang={eventTitle(e, lang).lang}>{eventTitle(e, lang).text}</span>
                    {t.colon}
                    <strong>{formatExactBn(e.amountBn!, lang)}</strong>
                    {t.sourceOpen}
                    <EventSource event={e} />
                    {t.sourceClose}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
