/**
 * Sources & method's list of data releases, newest first: each one's date, summary and what it
 * changed by file (rows added, changed, removed, counted at build time), the page's own release
 * marked. Each release links to this page pinned to it.
 */
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { releasesQuery } from "../../data/release-queries";
import { useLang, useMessages } from "../../i18n/context";
import { atlasBase } from "../../state/address";
import { viewLink } from "../../state/view-link";
import type { ViewState } from "../../state/view-state";
import { formatPartialDate } from "../../ui/format";
import { LoadError } from "../../ui/LoadError";
import { releaseMessages } from "./messages";
import "./releases.css";

export function ReleaseList({ index, view }: { index: AtlasIndex; view: ViewState }) {
  const t = useMessages(releaseMessages);
  const lang = useLang();
  const releases = useQuery(releasesQuery);
  return (
    <section aria-labelledby="sources-releases" className="release-list">
      <h3 id="sources-releases">{t.releasesTitle}</h3>
      <p>{t.releasesLead}</p>
      {releases.isError && (
        <LoadError lead={t.releasesFailed} error={releases.error} onRetry={() => releases.refetch()} />
      )}
      {releases.data && (
        <ol reversed>
          {[...releases.data.releases].reverse().map((r) => {
            const current = r.id === releases.data.current;
            // The release the page's figures are, as its data file says.
            const shown = (index.data.release ?? view.vintage ?? releases.data.current) === r.id;
            return (
              <li key={r.id} aria-current={shown ? "true" : undefined}>
                <p>
                  <strong>{r.id}</strong> ({formatPartialDate(r.date, lang)})
                  {current && <span className="release-mark"> · {t.currentMark}</span>}
                  {shown && <span className="release-mark"> · {t.shownMark}</span>}
                  {!shown && (
                    <>
                      {" · "}
                      <a href={viewLink(atlasBase(), { ...view, vintage: current ? null : r.id }, lang)}>
                        {current ? t.openCurrent : t.openRelease}
                      </a>
                    </>
                  )}
                </p>
                <p>{r.summary}</p>
                {r.changes.length === 0 ? (
                  <p className="release-changes">{releases.data.releases[0] === r ? t.firstRelease : t.noChange}</p>
                ) : (
                  <ul className="release-changes">
                    {r.changes.map((c) => (
                      <li key={c.file}>{t.fileChange(c.file, c.added, c.changed, c.removed)}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
