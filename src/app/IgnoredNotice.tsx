/** Says which link parameters were ignored. Values are rendered as text, never as HTML. */
import type { IgnoredParam } from "../state/view-state";

export function IgnoredNotice({ ignored, onDismiss }: { ignored: IgnoredParam[]; onDismiss: () => void }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>Some link settings were ignored</strong> and the default used instead:
        <ul>
          {ignored.map((p, k) => (
            <li key={k}>
              <code>{p.name}</code>
              {p.value !== "" && (
                <>
                  {" = "}
                  <code>{p.value}</code>
                </>
              )}
              : {p.reason}
            </li>
          ))}
        </ul>
      </div>
      <button onClick={onDismiss} aria-label="Dismiss notice">
        Dismiss
      </button>
    </div>
  );
}
