/**
 * The provinces on the chart, in the order chosen, each with a remove button. Past a dozen they
 * fold into a disclosure so 31 chips do not push the chart off the screen.
 */
import type { AtlasIndex } from "../../data/atlas-index";
import { useLang, useMessages } from "../../i18n/context";
import { provinceName } from "../../i18n/domain";
import type { SeriesStyle } from "./lib/palette";
import { compareMessages } from "./messages";
import { SeriesKey } from "./SeriesKey";

interface Props {
  index: AtlasIndex;
  codes: string[];
  styles: Map<string, SeriesStyle>;
  onRemove: (iso: string) => void;
  onFocus: (iso: string | null) => void;
}

const FOLD_AFTER = 12;

export function SelectedChips({ index, codes, styles, onRemove, onFocus }: Props) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  if (codes.length === 0) return null;
  const chips = (
    <ul className="compare-chips" aria-label={t.chipsLabel}>
      {codes.map((iso) => {
        const p = index.provinceByIso.get(iso);
        const style = styles.get(iso);
        if (!p || !style) return null;
        return (
          <li key={iso} onMouseEnter={() => onFocus(iso)} onMouseLeave={() => onFocus(null)}>
            <SeriesKey style={style} />
            {provinceName(p, lang)}
            <button
              type="button"
              aria-label={t.remove(provinceName(p, lang))}
              onClick={() => onRemove(iso)}
              onFocus={() => onFocus(iso)}
              onBlur={() => onFocus(null)}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
  return (
    <div className="compare-selected">
      {codes.length > FOLD_AFTER ? (
        <details>
          <summary>{t.chipsFolded(codes.length)}</summary>
          {chips}
        </details>
      ) : (
        chips
      )}
    </div>
  );
}
