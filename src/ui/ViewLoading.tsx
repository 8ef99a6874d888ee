/** Shown for the moment a view's code is loading; a failed load is caught by the view boundary. */
import { useMessages } from "../i18n/context";
import { uiMessages } from "./messages";

export function ViewLoading() {
  const t = useMessages(uiMessages);
  return (
    <p className="muted view-loading" aria-busy="true">
      {t.loading}
    </p>
  );
}
