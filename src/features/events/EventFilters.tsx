/**
 * The Events view's filter bar. Discrete changes push a history entry; typing in the search box
 * replaces it, so Back does not replay every keystroke.
 */
import { useEffect, useState } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { EVENT_KINDS, type EventKind } from "../../data/event-kinds";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel, provinceName } from "../../i18n/domain";
import { langTag } from "../../i18n/lang";
import type { ViewProps } from "../../state/view-props";
import { DateBoundInput } from "./DateBoundInput";
import { CLEARED_EVENT_FILTERS, hasEventFilters, toggleKind } from "./lib/event-view";
import { eventViewMessages } from "./view-messages";

interface Props extends ViewProps {
  index: AtlasIndex;
  kindCounts: Record<EventKind, number>;
  provinceCounts: ReadonlyMap<string, number>;
}

export function EventFilters({ index, view, setView, kindCounts, provinceCounts }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  // In the reader's alphabet: A–Z in English, pinyin order in Chinese.
  const provinces = [...index.covered].sort((a, b) =>
    provinceName(a, lang).localeCompare(provinceName(b, lang), langTag(lang)),
  );
  const anyFilter = hasEventFilters(view) || view.region !== null;
  return (
    <form className="event-filters" role="search" aria-label={t.filterLabel} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="kind-toggles">
        <legend>{t.kind}</legend>
        <button type="button" aria-pressed={view.eventKinds.length === 0} onClick={() => setView({ eventKinds: [] })}>
          {t.allKinds}
        </button>
        {EVENT_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`kind-${kind}`}
            aria-pressed={view.eventKinds.includes(kind)}
            onClick={() => setView({ eventKinds: toggleKind(view.eventKinds, kind) })}
          >
            <span className="kind-dot" aria-hidden="true" />
            {eventKindLabel(kind, lang)} <span className="kind-count">{kindCounts[kind]}</span>
          </button>
        ))}
      </fieldset>
      <div className="filter-row">
        <label className="filter-field">
          <span>{t.province}</span>
          <select value={view.region ?? ""} onChange={(e) => setView({ region: e.target.value || null })}>
            <option value="">{t.allProvinces}</option>
            {provinces.map((p) => (
              <option key={p.iso} value={p.iso}>
                {t.provinceOption(provinceName(p, lang), provinceCounts.get(p.adcode) ?? 0)}
              </option>
            ))}
          </select>
        </label>
        <DateBoundInput bound="from" value={view.from} other={view.to} onCommit={(from) => setView({ from })} />
        <DateBoundInput bound="to" value={view.to} other={view.from} onCommit={(to) => setView({ to })} />
        <SearchInput
          label={t.search}
          placeholder={t.searchPlaceholder}
          value={view.query}
          onChange={(query) => setView({ query }, "replace")}
        />
        <button
          type="button"
          className="clear-filters"
          disabled={!anyFilter}
          onClick={() => setView({ ...CLEARED_EVENT_FILTERS, region: null })}
        >
          {t.clearFilters}
        </button>
      </div>
    </form>
  );
}

interface SearchProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (query: string) => void;
}

function SearchInput({ label, placeholder, value, onChange }: SearchProps) {
  // Local text: the URL keeps the query trimmed, which would eat the space typed between two words.
  const [text, setText] = useState(value);
  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value));
  }, [value]);
  return (
    <label className="filter-field search-field">
      <span>{label}</span>
      <input
        type="search"
        value={text}
        placeholder={placeholder}
        maxLength={100}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </label>
  );
}
