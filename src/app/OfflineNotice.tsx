/**
 * Says when the page is offline and whose figures it shows, so it never looks current when it may
 * not be; and offers a waiting new version ("New version available: reload").
 */
import type { AtlasIndex } from "../data/atlas-index";
import { useLang, useMessages } from "../i18n/context";
import { formatPartialDate } from "../ui/format";
import { appMessages } from "./messages";
import { takeUpdate, type OfflineState } from "./offline";

export function OfflineNotice({ index, state }: { index: AtlasIndex; state: OfflineState }) {
  const t = useMessages(appMessages);
  const lang = useLang();
  // The release the page's figures are, as its data file says.
  const id = index.data.release ?? null;
  return (
    <>
      {state.offline && (
        <p className="offline-notice" role="status">
          <strong>{t.offline(formatPartialDate(index.data.dataAsOf, lang), id)}</strong> {t.offlineBody}
        </p>
      )}
      {state.update && (
        <p className="update-notice" role="status">
          {t.updateReady}{" "}
          <button type="button" onClick={takeUpdate}>
            {t.updateReload}
          </button>
        </p>
      )}
    </>
  );
}
