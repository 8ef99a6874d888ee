/**
 * A from/to bound typed as YYYY, YYYY-MM or YYYY-MM-DD (a month picker cannot say "2024" or a day).
 * Applied on Enter or when leaving the field; a bad value stays in the box with the reason and
 * changes nothing.
 */
import { useEffect, useId, useState } from "react";
import { boundProblem } from "./lib/event-dates";

interface Props {
  bound: "from" | "to";
  value: string | null;
  /** The other bound, to refuse a reversed range. */
  other: string | null;
  onCommit: (value: string | null) => void;
}

export function DateBoundInput({ bound, value, other, onCommit }: Props) {
  const [text, setText] = useState(value ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setText(value ?? "");
    setProblem(null);
  }, [value]);
  const commit = () => {
    const clean = text.trim();
    const why = boundProblem(bound, clean, other);
    setProblem(why);
    if (!why && clean !== (value ?? "")) onCommit(clean || null);
  };
  return (
    <label className="filter-field date-field">
      <span>{bound === "from" ? "From" : "To"}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder={bound === "from" ? "e.g. 2023-09" : "e.g. 2025"}
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
