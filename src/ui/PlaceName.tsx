/**
 * A place's name where a list names many places (events table, prefecture list): a Chinese reader
 * gets the Chinese name alone (the English one where the data has no Chinese), an English reader
 * the English name with the Chinese after it, marked with its language. The choice of names is
 * i18n/domain.ts's `placeNameParts`.
 */
import { useLang } from "../i18n/context";
import { dataLang } from "../i18n/data-lang";
import { placeNameParts } from "../i18n/domain";

export function PlaceName({ en, zh }: { en: string; zh: string }) {
  const lang = useLang();
  const [first, second] = placeNameParts(en, zh, lang);
  const firstLang = dataLang(first.text, lang);
  return (
    <>
      {/* In the page's language the name is plain text; only a name in the other language needs a span. */}
      {firstLang ? <span lang={firstLang}>{first.text}</span> : first.text}
      {second && (
        <>
          {" "}
          <span lang={second.tag}>{second.text}</span>
        </>
      )}
    </>
  );
}
