/** A figure's or event's source: its name (linked only if the URL is http(s)) and its date. */
import { useLang } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { formatPartialDate, safeHref } from "../../ui/format";

const datePart = (date: string, lang: Lang) =>
  date && date !== "not printed" ? `${lang === "zh" ? "，" : ", "}${formatPartialDate(date, lang)}` : "";

/** Plain text, for drawings inside a chart box: that box is aria-hidden, so it must hold no links. */
export const sourceText = (name: string, date: string, lang: Lang = "en") => `${name}${datePart(date, lang)}`;

export function Cite({ name, date, url }: { name: string; date: string; url: string }) {
  const lang = useLang();
  const href = safeHref(url);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      {datePart(date, lang)}
    </>
  );
}

/** The same for a national.csv row. */
export const citeFigure = (f: { sourceName: string; sourceDate: string; sourceUrl: string }) => (
  <Cite name={f.sourceName} date={f.sourceDate} url={f.sourceUrl} />
);
