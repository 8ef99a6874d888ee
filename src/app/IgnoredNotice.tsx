/**
 * Says which link parameters were ignored. Values are rendered as text, never as HTML; each reason
 * is a code the parser gave, worded here in the reader's language (state/reason-messages.ts).
 */
import type { IgnoredParam } from "../state/view-state";
import { reasonMessages } from "../state/reason-messages";
import { useMessages } from "../i18n/context";
import { appMessages } from "./messages";

export function IgnoredNotice({ ignored, onDismiss }: { ignored: IgnoredParam[]; onDismiss: () => void }) {
  const t = useMessages(appMessages);
  const reasons = useMessages(reasonMessages);
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div>
        <strong>{t.ignoredTitle}</strong>
        {t.ignoredBody}
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
              : {reasons[p.reason]}
            </li>
          ))}
        </ul>
      </div>
      <button onClick={onDismiss} aria-label={t.dismissNotice}>
        {t.dismiss}
      </button>
    </div>
  );
}
