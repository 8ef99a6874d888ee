/**
 * Levels or indexed, and the index base. Indexed starts at end-2023 = 100, the first year-end after
 * the key-region list was drawn (Sept 2023), so growth since the listing compares fairly.
 */
import { useId } from "react";
import { PERIODS } from "../../data/periods";
import { DEFAULT_CHANGE_BASE } from "../../state/view-state";
import { useLang, useMessages } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { compareMessages } from "./messages";

const YEAR_ENDS = PERIODS.filter((p) => p.kind === "year_end");
export const LISTING_BASE = DEFAULT_CHANGE_BASE;

/** "2023 = 100 (listing year)" / "2023年 = 100（列入名单之年）". */
export function baseOptionLabel(id: string, lang: Lang = "en"): string {
  return compareMessages[lang].baseOptionLabel(id, id === LISTING_BASE);
}

export function ScaleToggle({
  indexBase,
  onChange,
}: {
  indexBase: string | null;
  onChange: (base: string | null) => void;
}) {
  const id = useId();
  const lang = useLang();
  const t = useMessages(compareMessages);
  return (
    <div className="compare-scale">
      <fieldset className="compare-segmented">
        <legend>{t.scale}</legend>
        <label className={indexBase === null ? "active" : undefined}>
          <input type="radio" name={`${id}-scale`} checked={indexBase === null} onChange={() => onChange(null)} />
          {t.levels}
        </label>
        <label className={indexBase !== null ? "active" : undefined}>
          <input
            type="radio"
            name={`${id}-scale`}
            checked={indexBase !== null}
            onChange={() => onChange(LISTING_BASE)}
          />
          {t.indexed}
        </label>
      </fieldset>
      {indexBase !== null && (
        <div className="compare-select">
          <label htmlFor={`${id}-base`}>{t.indexBase}</label>
          <select id={`${id}-base`} value={indexBase} onChange={(e) => onChange(e.target.value)}>
            {YEAR_ENDS.map((p) => (
              <option key={p.id} value={p.id}>
                {baseOptionLabel(p.id, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {indexBase !== null && (
        <p className="compare-scale-hint">
          {t.indexHint(indexBase)}
          {indexBase === LISTING_BASE && t.indexHintListing}
        </p>
      )}
    </div>
  );
}
