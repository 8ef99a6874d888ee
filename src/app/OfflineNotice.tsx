/**
 * Says when the page is offline and whose figures it shows, so it never looks current when it may
 * not be; and offers a waiting new version ("New version available: reload").
 */
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../data/atlas-index";
import { releasesQuery } from "../data/release-queries";
import { useLang, useMessages } from "../i18n/context";
import { formatPartialDate } from "../ui/format";
import { appMessages } from "./messages";
import { takeUpdate, type OfflineState } from "./offline";

export function OfflineNotice({
  index,
  state,
  release,
}: {
  index: AtlasIndex;
  state: OfflineState;
  release: string | null;
}) {
  const t = useMessages(appMessages);
  const lang = useLang();
  // The page's release: the pinned one, else the current one of the list the worker saved.
  const releases = useQuery({ ...releasesQuery, enabled: state.offline && release === null });
  const id = release ?? releases.data?.current ?? null;
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
