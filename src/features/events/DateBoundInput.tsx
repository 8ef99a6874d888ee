/**
 * A from/to bound typed as YYYY, YYYY-MM or YYYY-MM-DD (a month picker cannot say "2024" or a day).
 * Applied on Enter or when leaving the field; a bad value stays in the box with the reason and
 * changes nothing.
 */
import { useEffect, useId, useState } from "react";
import { useLang, useMessages } from "../../i18n/context";
import { boundProblem } from "./lib/event-dates";
import { eventViewMessages } from "./view-messages";

interface Props {
  bound: "from" | "to";
  value: string | null;
  /** The other bound, to refuse a reversed range. */
  other: string | null;
  onCommit: (value: string | null) => void;
}

export function DateBoundInput({ bound, value, other, onCommit }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const [text, setText] = useState(value ?? "");
  // The text last refused; its reason is worded at render, so it follows a language switch.
  const [refused, setRefused] = useState<string | null>(null);
  const problem = refused === null ? null : boundProblem(bound, refused, other, lang);
  const id = useId();
  useEffect(() => {
    setText(value ?? "");
    setRefused(null);
  }, [value]);
  const commit = () => {
    const clean = text.trim();
    const why = boundProblem(bound, clean, other, lang);
    setRefused(why ? clean : null);
    if (!why && clean !== (value ?? "")) onCommit(clean || null);
  };
  return (
    <label className="filter-field date-field">
      <span>{bound === "from" ? t.from : t.to}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder={bound === "from" ? t.fromPlaceholder : t.toPlaceholder}
        value={text}
        size={10}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
      />
      {problem && (
        <span id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
