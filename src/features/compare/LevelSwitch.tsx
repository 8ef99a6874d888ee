/** Provinces or prefectures: what Compare ranks (the URL's `cl`). */
import { useId } from "react";
import { useMessages } from "../../i18n/context";
import { COMPARE_LEVELS, type CompareLevel } from "../../state/view-state";
import { compareMessages } from "./messages";

export function LevelSwitch({ level, onChange }: { level: CompareLevel; onChange: (level: CompareLevel) => void }) {
  const id = useId();
  const t = useMessages(compareMessages);
  const label: Record<CompareLevel, string> = { provinces: t.levelProvinces, prefectures: t.levelPrefectures };
  return (
    <fieldset className="compare-segmented compare-level">
      <legend>{t.level}</legend>
      {COMPARE_LEVELS.map((l) => (
        <label key={l} className={level === l ? "active" : undefined}>
          <input type="radio" name={`${id}-level`} checked={level === l} onChange={() => onChange(l)} />
          {label[l]}
        </label>
      ))}
    </fieldset>
  );
}
