/** The national.csv rows not charted on this page, each with why and its source: nothing is dropped silently. */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { formatBn } from "../../ui/format";
import { citeFigure } from "./Cite";
import { periodText } from "./lib/figures";
import { otherFigures, reasonFor } from "./lib/other-figures";

export function OtherFigures({ index }: { index: AtlasIndex }) {
  const rows = useMemo(() => otherFigures(index.data.national), [index]);
  if (rows.length === 0) return null;
  return (
    <details className="source-list other-figures">
      <summary>Other national figures in the data, not charted ({rows.length})</summary>
      <ul>
        {rows.map((f) => (
          <li key={`${f.series}-${f.period}`}>
            <strong>
              {f.series}, {periodText(f)}:
            </strong>{" "}
            {formatBn(f.value)} {f.unit === "pct_gdp" ? "% of GDP" : "bn CNY"}. {reasonFor(f)} Source: {citeFigure(f)}.
            {f.note && <span className="muted"> {f.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
