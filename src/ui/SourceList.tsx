/** Citations for a figure: short label visible, full citation and quote one click away. */
import type { SourceCitation } from "../data/metric-values";

export function SourceList({ citations }: { citations: SourceCitation[] }) {
  if (citations.length === 0) return null;
  return (
    <details className="source-list">
      <summary>Sources: {[...new Set(citations.map((c) => c.label))].join("; ")}</summary>
      <ul>
        {citations.map((c, k) => (
          <li key={k}>
            <strong>{c.role}:</strong> {c.text}
            {c.detail && <div className="source-detail">{c.detail}</div>}
            {c.quote && <blockquote>{c.quote}</blockquote>}
          </li>
        ))}
      </ul>
    </details>
  );
}
