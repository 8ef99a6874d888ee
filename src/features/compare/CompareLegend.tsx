/**
 * The chart's legend, ordered by each line's value at the period shown: the quick answer to "who
 * is highest / grew most". Each entry highlights its line on hover and pins it on click (touch and
 * keyboard); its title carries the value's sources or the reason it is missing.
 */
import { useLang, useMessages } from "../../i18n/context";
import type { SeriesStyle } from "./lib/palette";
import { compareMessages } from "./messages";
import { citationTitle } from "./lib/ranked-table";
import type { CompareSeries, SeriesPoint } from "./lib/series";
import { SeriesKey } from "./SeriesKey";

interface Props {
  ranked: { series: CompareSeries; point: SeriesPoint | undefined }[];
  styles: Map<string, SeriesStyle>;
  heading: string;
  fmt: (v: number) => string;
  pinned: string | null;
  onHover: (iso: string | null) => void;
  onPin: (iso: string | null) => void;
}

export function CompareLegend({ ranked, styles, heading, fmt, pinned, onHover, onPin }: Props) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  return (
    <div className="compare-legend">
      <p className="compare-legend-title">{heading}</p>
      <ol>
        {ranked.map(({ series: s, point }) => (
          <li key={s.iso}>
            <button
              type="button"
              aria-pressed={pinned === s.iso}
              onClick={() => onPin(pinned === s.iso ? null : s.iso)}
              onMouseEnter={() => onHover(s.iso)}
              onMouseLeave={() => onHover(null)}
              title={point?.value != null ? citationTitle(point.citations, lang) : (point?.reason ?? "")}
            >
              <SeriesKey style={styles.get(s.iso)!} />
              <span className="compare-legend-name">{s.name}</span>{" "}
              <span className={point?.value != null ? "compare-legend-value" : "compare-legend-value missing"}>
                {point?.value != null
                  ? fmt(point.value) + (point.provisional ? t.provisionalMark : "")
                  : t.notAvailable}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {ranked.length > 1 && <p className="compare-legend-hint">{t.legendHint}</p>}
    </div>
  );
}
