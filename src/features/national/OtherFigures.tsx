/** The national.csv rows not charted on this page, each with why and its source: nothing is dropped silently. */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { useLang, useMessages } from "../../i18n/context";
import { citeFigure } from "./Cite";
import { FigureNote } from "./FigureNote";
import { periodText } from "./lib/figures";
import { figureValueText, otherFigures, reasonFor } from "./lib/other-figures";
import { nationalPageMessages } from "./page-messages";

export function OtherFigures({ index }: { index: AtlasIndex }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const rows = useMemo(() => otherFigures(index.data.national), [index]);
  if (rows.length === 0) return null;
  return (
    <details className="source-list other-figures">
      <summary>{t.otherSummary(rows.length)}</summary>
      <ul>
        {rows.map((f) => (
          <li key={`${f.series}-${f.period}`}>
            {/* The series id is the data's own name for the row, so a reader can find it in national.csv. */}
            <strong>
              {f.series}
              {t.comma}
              {periodText(f, lang)}
              {t.colon.trimEnd()}
            </strong>{" "}
            {figureValueText(f, lang)}
            {t.stop}
            {reasonFor(f, lang)}
            {t.sourceAfter}
            {citeFigure(f)}
            {t.stop.trimEnd()}
            {f.note && (
              <>
                {" "}
                <FigureNote className="muted" figure={f} />
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
