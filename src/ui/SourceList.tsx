/** Citations for a figure: short label visible, full citation and quote one click away. */
import type { SourceCitation } from "../data/metric-values";
import { useLang, useMessages } from "../i18n/context";
import { dataLang } from "../i18n/data-lang";
import { uiMessages } from "./messages";

export function SourceList({ citations }: { citations: SourceCitation[] }) {
  const t = useMessages(uiMessages);
  const lang = useLang();
  if (citations.length === 0) return null;
  // Each label once, in the reader's language where the data has it, marked with the language it is in.
  const labels = [...new Map(citations.map((c) => [c.label, c.labelLang])).entries()];
  return (
    <details className="source-list">
      <summary>
        {t.sources}
        {labels.map(([label, labelLang], k) => (
          <span key={label}>
            {k > 0 && t.sourceJoin}
            <span lang={labelLang}>{label}</span>
          </span>
        ))}
      </summary>
      <ul>
        {citations.map((c, k) => (
          <li key={k}>
            <strong>{t.role(c.role)}</strong> <span lang={dataLang(c.text, lang)}>{c.text}</span>
            {c.detail && <div className="source-detail">{c.detail}</div>}
            {c.quote && <blockquote lang={dataLang(c.quote, lang)}>{c.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </details>
  );
}
