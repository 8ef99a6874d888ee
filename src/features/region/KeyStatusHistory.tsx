/**
 * A province's key-region status on the date shown, then its history: when it was listed, in
 * which document, and any later change with the source's own words (shown as written, with
 * their own `lang`).
 */
import type { AtlasIndex } from "../../data/atlas-index";
import { keyStatusAt } from "../../data/key-regions";
import { useLang, useMessages } from "../../i18n/context";
import { dataLang } from "../../i18n/data-lang";
import { formatPartialDate } from "../../ui/format";
import { keyStatusText } from "../../ui/key-status";
import { SourceLink } from "../../ui/SourceLink";
import { regionMessages } from "./messages";

export function KeyStatusHistory({ index, adcode, date }: { index: AtlasIndex; adcode: string; date: string }) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const record = index.data.keyRegions.find((r) => r.adcode === adcode);
  const status = keyStatusAt(index.data.keyRegions, adcode, date);
  return (
    <section className="key-status" aria-label={t.keyStatus}>
      <h3>{t.keyStatus}</h3>
      <p className={status.kind === "listed" ? "tt-key" : ""}>{keyStatusText(status, lang)}</p>
      {record ? (
        <ul className="key-history">
          <li>
            {t.listedOn(formatPartialDate(record.listedDate, lang))}
            <span lang={dataLang(record.listedDocument, lang)}>{record.listedDocument}</span>
            {t.sentenceEnd}
            <SourceLink
              name={record.listedSource.name}
              url={record.listedSource.url}
              strength={record.listedSource.strength}
            />
          </li>
          {record.change && (
            <li>
              <span lang={dataLang(record.change.kind, lang)}>{t.changeKind(record.change.kind)}</span>
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
