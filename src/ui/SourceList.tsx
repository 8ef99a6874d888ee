/** Citations for a figure: short label visible, full citation and quote one click away. */
import type { SourceCitation } from "../data/metric-values";
import { useMessages } from "../i18n/context";
import { uiMessages } from "./messages";

export function SourceList({ citations }: { citations: SourceCitation[] }) {
  const t = useMessages(uiMessages);
  if (citations.length === 0) return null;
  return (
    <details className="source-list">
      <summary>
        {t.sources}
        {[...new Set(citations.map((c) => c.label))].join(t.sourceJoin)}
      </summary>
      <ul>
        {citations.map((c, k) => (
          <li key={k}>
            <strong>{t.role(c.role)}</strong> {c.text}
            {c.detail && <div className="source-detail">{c.detail}</div>}
            {c.quote && <blockquote>{c.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </details>
  );
}
