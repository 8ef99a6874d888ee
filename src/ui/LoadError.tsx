/** A failed load inside one view: what could not be shown, which file and why, and a retry. */
import { useLang, useMessages } from "../i18n/context";
import { describeLoadError } from "./load-error";
import { uiMessages } from "./messages";

interface Props {
  /** What the reader is missing, e.g. "The events could not be loaded." */
  lead: string;
  error: unknown;
  onRetry: () => void;
  className?: string;
}

export function LoadError({ lead, error, onRetry, className = "error" }: Props) {
  const lang = useLang();
  const t = useMessages(uiMessages);
  return (
    <p className={className} role="alert">
      {lead} {describeLoadError(error, lang)} <button onClick={onRetry}>{t.retry}</button>
    </p>
  );
}
