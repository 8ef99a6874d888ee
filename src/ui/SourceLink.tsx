/**
 * A source named in the data, the one source link of the atlas (province panel, events, national
 * page, Sources): its name as written, linked only when the URL is http(s) (a `javascript:` URL in
 * the data stays text), and marked with its own language so a screen reader reads an English
 * source on a Chinese page in an English voice. An optional date follows it, then, where a source
 * check found the source wanting, what it found ("single weak source: …"), in the reader's language.
 */
import type { SourceStrength } from "../data/source-strength";
import { useLang, useMessages } from "../i18n/context";
import { dataLang } from "../i18n/data-lang";
import { formatPartialDate, safeHref } from "./format";
import { uiMessages } from "./messages";

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface Props {
  name: string;
  url: string;
  /** The source's date: "2025-08" is said in the reader's convention, any other text shown as written. */
  date?: string | null;
  /** The source check's verdict on this source (data/source-strength.ts); nothing shown when null. */
  strength?: SourceStrength | null;
}

export function SourceLink({ name, url, date, strength }: Props) {
  const lang = useLang();
  const t = useMessages(uiMessages);
  const href = safeHref(url);
  const nameLang = dataLang(name, lang);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" lang={nameLang}>
          {name}
        </a>
      ) : (
        <span lang={nameLang}>{name}</span>
      )}
      {date && (
        <span className="source-date">
          {t.sourceDateSep}
          {/* A date that is not a date ("not printed (2025)") is data text, in the source's language. */}
          {PARTIAL_DATE.test(date) ? formatPartialDate(date, lang) : <span lang={dataLang(date, lang)}>{date}</span>}
        </span>
      )}
      {strength && (
        <span className="source-strength" data-strength={strength}>
          {t.strengthAside(t.sourceStrength[strength])}
        </span>
      )}
    </>
  );
}
