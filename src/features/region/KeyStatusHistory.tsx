/**
 * A province's key-region status on the date shown, then its history: when it was listed, in
 * which document, and any later change with the source's own words. The document and the change
 * are in the reader's language where the data has them in Chinese; the quote as written; each
 * with its own `lang`.
 */
import type { AtlasIndex } from "../../data/atlas-index";
import { keyStatusAt } from "../../data/key-regions";
import { useLang, useMessages } from "../../i18n/context";
import { dataLang, localText } from "../../i18n/data-lang";
import { formatPartialDate } from "../../ui/format";
import { keyStatusText } from "../../ui/key-status";
import { SourceLink } from "../../ui/SourceLink";
import { regionMessages } from "./messages";

export function KeyStatusHistory({ index, adcode, date }: { index: AtlasIndex; adcode: string; date: string }) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const record = index.data.keyRegions.find((r) => r.adcode === adcode);
  const status = keyStatusAt(index.data.keyRegions, adcode, date);
  const document = record ? localText(record.listedDocument, record.listedDocumentZh, lang) : null;
  const change = record?.change ? localText(record.change.kind, record.change.kindZh, lang) : null;
  return (
    <section className="key-status" aria-label={t.keyStatus}>
      <h3>{t.keyStatus}</h3>
      <p className={status.kind === "listed" ? "tt-key" : ""}>{keyStatusText(status, lang)}</p>
      {record ? (
        <ul className="key-history">
          <li>
            {t.listedOn(formatPartialDate(record.listedDate, lang))}
            {document && <span lang={document.lang}>{document.text}</span>}
            {t.sentenceEnd}
            <SourceLink
              name={record.listedSource.name}
              url={record.listedSource.url}
              strength={record.listedSource.strength}
            />
          </li>
          {record.change && change && (
            <li>
              <span lang={change.lang}>{t.changeKind(change.text)}</span>
              {t.changeOn(formatPartialDate(record.change.date, lang))}{" "}
              <SourceLink
                name={record.change.source.name}
                url={record.change.source.url}
                strength={record.change.source.strength}
              />
              <blockquote lang={dataLang(record.change.source.quote, lang)}>{record.change.source.quote}</blockquote>
            </li>
          )}
        </ul>
      ) : (
        <p className="muted">{t.notListed}</p>
      )}
    </section>
  );
}
