/** A theme picker: one of the themes, or "" to follow the reader's system setting. */
import { THEMES, type Theme } from "../state/view-state";

interface Props {
  label: string;
  value: Theme | null;
  autoLabel: string;
  /** Each theme's name in the reader's language. */
  names?: Record<string, string>;
  onChange: (theme: Theme | null) => void;
}

export function ThemeSelect({ label, value, autoLabel, names, onChange }: Props) {
  return (
    <select aria-label={label} value={value ?? ""} onChange={(e) => onChange((e.target.value || null) as Theme | null)}>
      <option value="">{autoLabel}</option>
      {THEMES.map((t) => (
        <option key={t} value={t}>
          {names?.[t] ?? t[0].toUpperCase() + t.slice(1)}
        </option>
      ))}
    </select>
  );
}
