/**
 * Adds a province by name: a combobox with a listbox of matches (English, Chinese or the ISO
 * romanised name, whatever the interface language). Arrow keys move (Down on an empty box lists
 * all 31), Enter adds, Escape clears. Typing stays local; only a pick changes the view (and the URL).
 */
import { useEffect, useId, useMemo, useState } from "react";
import type { ProvinceInfo } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { provinceName } from "../../i18n/domain";
import { searchProvinces } from "./lib/search";
import { compareMessages } from "./messages";
import { BothNames } from "../../ui/BothNames";

interface Props {
  provinces: ProvinceInfo[];
  selected: string[];
  onAdd: (iso: string) => void;
  onClear: () => void;
}

export function ProvinceSearch({ provinces, selected, onAdd, onClear }: Props) {
  const id = useId();
  const lang = useLang();
  const t = useMessages(compareMessages);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState("");
  const [browsing, setBrowsing] = useState(false);
  const typed = query.trim() !== "";
  const matches = useMemo(() => (typed ? searchProvinces(provinces, query) : provinces), [provinces, query, typed]);
  const open = typed || browsing;
  const close = () => {
    setQuery("");
    setBrowsing(false);
    setActive(0);
  };
  const pick = (p: ProvinceInfo | undefined) => {
    if (!p) return;
    if (selected.includes(p.iso)) {
      setStatus(t.alreadyOnChart(provinceName(p, lang)));
      return;
    }
    onAdd(p.iso);
    setStatus(t.added(provinceName(p, lang)));
    close();
  };
  const activeId = open && matches[active] ? `${id}-opt-${matches[active].iso}` : undefined;
  // Keep the active option in view when the arrow keys walk a list longer than its box.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: "nearest" });
  }, [activeId]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return setBrowsing(true);
      if (matches.length) setActive((a) => (a + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      pick(matches[active]);
    } else if (e.key === "Escape" && open) {
      // Handled here: the page-level Escape (close the region) must not also fire.
      e.stopPropagation();
      close();
    }
  };
  return (
    <div className="compare-search">
      <label htmlFor={`${id}-input`}>{t.addProvince}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.searchPlaceholder}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={activeId}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t.matching} hidden={!open || matches.length === 0}>
        {matches.map((p, k) => {
          const shown = selected.includes(p.iso);
          return (
            <li
              key={p.iso}
              id={`${id}-opt-${p.iso}`}
              role="option"
              aria-selected={k === active}
              aria-disabled={shown || undefined}
              className={k === active ? "active" : undefined}
              // mousedown, not click: the input must not blur (and clear) before the pick lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(p);
              }}
            >
              {/* Both names and the romanised one, the reader's language first: any of them can be typed. */}
              <BothNames en={p.nameEn} zh={p.nameZh} />{" "}
              <span className="muted" lang="zh-Latn">
                {p.nameLatin}
              </span>
              {shown && <span className="muted">{t.onChart}</span>}
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="compare-clear" onClick={onClear}>
          {t.clearAll}
        </button>
      )}
      {typed && matches.length === 0 && <p className="compare-no-match">{t.noMatch(query)}</p>}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
