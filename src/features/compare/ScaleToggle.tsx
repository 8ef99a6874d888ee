/**
 * Levels or indexed, and the index base. Indexed starts at end-2023 = 100, the first year-end after
 * the key-region list was drawn (Sept 2023), so growth since the listing compares fairly.
 */
import { useId } from "react";
import { PERIODS } from "../../data/periods";
import { DEFAULT_CHANGE_BASE } from "../../state/view-state";

const YEAR_ENDS = PERIODS.filter((p) => p.kind === "year_end");
export const LISTING_BASE = DEFAULT_CHANGE_BASE;

export function baseOptionLabel(id: string): string {
  return id === LISTING_BASE ? `${id} = 100 (listing year)` : `${id} = 100`;
}

export function ScaleToggle({ indexBase, onChange }: { indexBase: string | null; onChange: (base: string | null) => void }) {
  const id = useId();
  return (
    <div className="compare-scale">
      <fieldset className="compare-segmented">
        <legend>Scale</legend>
        <label className={indexBase === null ? "active" : undefined}>
          <input type="radio" name={`${id}-scale`} checked={indexBase === null} onChange={() => onChange(null)} />
          Levels
        </label>
        <label className={indexBase !== null ? "active" : undefined}>
          <input type="radio" name={`${id}-scale`} checked={indexBase !== null} onChange={() => onChange(LISTING_BASE)} />
          Indexed
        </label>
      </fieldset>
      {indexBase !== null && (
        <div className="compare-select">
          <label htmlFor={`${id}-base`}>Index base</label>
          <select id={`${id}-base`} value={indexBase} onChange={(e) => onChange(e.target.value)}>
            {YEAR_ENDS.map((p) => (
              <option key={p.id} value={p.id}>
                {baseOptionLabel(p.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {indexBase !== null && (
        <p className="compare-scale-hint">
          Each line is divided by its own end-{indexBase} value × 100.
          {indexBase === LISTING_BASE && " End-2023 is the first year-end after the key-region list was drawn in Sept 2023, so the lines show growth since the listing."}
        </p>
      )}
    </div>
  );
}
