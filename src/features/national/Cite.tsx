/**
 * A figure's or event's source on the national page: ui/SourceLink (the name, linked only if the
 * URL is http(s), with its date), or the same as plain text for drawings inside a chart box. The
 * data's "not printed" for a missing date is left out.
 */
import type { SourceStrength } from "../../data/source-strength";
import type { Lang } from "../../i18n/lang";
import { formatPartialDate } from "../../ui/format";
import { SourceLink } from "../../ui/SourceLink";
import { uiMessages } from "../../ui/messages";
import { strengthNote } from "../../ui/source-strength";

const printed = (date: string) => (date && date !== "not printed" ? date : null);

/**
 * Plain text, for drawings inside a chart box: that box is aria-hidden, so it must hold no links.
 * A source check's verdict follows as SourceLink words it.
 */
export const sourceText = (name: string, date: string, lang: Lang = "en", strength: SourceStrength | null = null) => {
  const when = printed(date);
  return `${when ? `${name}${uiMessages[lang].sourceDateSep}${formatPartialDate(when, lang)}` : name}${strengthNote(strength, lang)}`;
};

export function Cite({
  name,
  date,
  url,
  strength = null,
}: {
  name: string;
  date: string;
  url: string;
  strength?: SourceStrength | null;
}) {
  return <SourceLink name={name} url={url} date={printed(date)} strength={strength} />;
}

/** The same for a national.csv row. */
export const citeFigure = (f: {
  sourceName: string;
  sourceDate: string;
  sourceUrl: string;
  sourceStrength: SourceStrength | null;
}) => <Cite name={f.sourceName} date={f.sourceDate} url={f.sourceUrl} strength={f.sourceStrength} />;
