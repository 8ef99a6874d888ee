/**
 * A figure's or event's source on the national page: ui/SourceLink (the name, linked only if the
 * URL is http(s), with its date), or the same as plain text for drawings inside a chart box. The
 * data's "not printed" for a missing date is left out.
 */
import type { Lang } from "../../i18n/lang";
import { formatPartialDate } from "../../ui/format";
import { SourceLink } from "../../ui/SourceLink";
import { uiMessages } from "../../ui/messages";

const printed = (date: string) => (date && date !== "not printed" ? date : null);

/** Plain text, for drawings inside a chart box: that box is aria-hidden, so it must hold no links. */
export const sourceText = (name: string, date: string, lang: Lang = "en") => {
  const when = printed(date);
  return when ? `${name}${uiMessages[lang].sourceDateSep}${formatPartialDate(when, lang)}` : name;
};

export function Cite({ name, date, url }: { name: string; date: string; url: string }) {
  return <SourceLink name={name} url={url} date={printed(date)} />;
}

/** The same for a national.csv row. */
export const citeFigure = (f: { sourceName: string; sourceDate: string; sourceUrl: string }) => (
  <Cite name={f.sourceName} date={f.sourceDate} url={f.sourceUrl} />
);
