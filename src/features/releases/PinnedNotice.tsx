/**
 * A view pinned to a data release (`vintage`): which release it shows, and where the current release
 * has different figures for what the view shows, "Figures revised since this release" with the old
 * and new values and a link to the live view. A live view never shows it. In an embed it is a line
 * above the footer, its list folded.
 */
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { releasesQuery, revisionsQuery } from "../../data/release-queries";
import { releaseById, type Revision } from "../../data/releases";
import { useLang, useMessages } from "../../i18n/context";
import { localName, provinceName } from "../../i18n/domain";
import type { Lang } from "../../i18n/lang";
import { atlasBase } from "../../state/address";
import { viewLink } from "../../state/view-link";
import type { ViewState } from "../../state/view-state";
import { formatExactBn, formatPartialDate } from "../../ui/format";
import { revisionsForView, shownFields } from "./lib/view-revisions";
import { releaseMessages } from "./messages";
import "./releases.css";

/** How many revised rows are listed before "… and N more". */
const LISTED = 8;

type Words = (typeof releaseMessages)["en"];

function where(r: Revision, index: AtlasIndex, t: Words, lang: Lang): string {
  const province = index.provinceByAdcode.get(r.province);
  const parts = [province ? provinceName(province, lang) : r.province ? r.province : t.national];
  if (r.place) parts.push(r.placeEn ? localName(r.placeEn, r.placeZh ?? "", lang) : t.place(r.place));
  if (r.period) parts.push(/^\d{4}-\d{2}-\d{2}$/.test(r.period) ? formatPartialDate(r.period, lang) : r.period);
  if (r.label) parts.push(r.label);
  return parts.join(" · ");
}

function value(name: string, text: string, t: Words, lang: Lang): string {
  if (text === "") return t.empty;
  if (name === "preferred") return text === "true" ? t.yes : t.no;
  return /_bn_cny$/.test(name) && Number.isFinite(Number(text)) ? formatExactBn(Number(text), lang) : text;
}

function RevisionItem({ revision: r, index }: { revision: Revision; index: AtlasIndex }) {
  const t = useMessages(releaseMessages);
  const lang = useLang();
  const fields = shownFields(r.fields);
  return (
    <li>
      <span className="revision-where">{where(r, index, t, lang)}</span>
      {r.kind !== "changed" && <span className="revision-kind"> ({r.kind === "added" ? t.added : t.removed})</span>}
      {": "}
      {fields.map((f, k) => (
        <span key={f.name} className="revision-field">
          {k > 0 && "; "}
          {t.columns[f.name] ?? f.name}{" "}
          {r.kind === "added" ? (
            <ins>{value(f.name, f.new, t, lang)}</ins>
          ) : r.kind === "removed" ? (
            <del>{value(f.name, f.old, t, lang)}</del>
          ) : (
            <>
              {/* Screen readers say neither <del>/<ins> nor the arrow: the words are said instead. */}
              <span className="visually-hidden">{t.was} </span>
              <del>{value(f.name, f.old, t, lang)}</del>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden">, {t.now} </span>
              <ins>{value(f.name, f.new, t, lang)}</ins>
            </>
          )}
        </span>
      ))}
    </li>
  );
}

export function PinnedNotice({
  index,
  view,
  compact = false,
}: {
  index: AtlasIndex;
  view: ViewState;
  compact?: boolean;
}) {
  const t = useMessages(releaseMessages);
  const lang = useLang();
  const releases = useQuery(releasesQuery);
  const id = view.vintage;
  const current = releases.data?.current ?? null;
  const revised = id !== null && current !== null && id !== current;
  const revisions = useQuery({ ...revisionsQuery(id ?? ""), enabled: revised });
  if (!id || !releases.data) return null;
  const release = releaseById(releases.data, id);
  if (!release) return null;
  const shown = revisions.data
    ? revisionsForView(revisions.data.revisions, view, (iso) => index.provinceByIso.get(iso)?.adcode)
    : [];
  const live = viewLink(atlasBase(), { ...view, vintage: null }, lang);
  const liveLink = (
    <a href={live} {...(compact ? { target: "_blank", rel: "noopener" } : {})}>
      {compact ? t.openLiveEmbed : t.openLive}
    </a>
  );
  const list = (
    <ul className="revisions">
      {shown.slice(0, LISTED).map((r, k) => (
        <RevisionItem key={k} revision={r} index={index} />
      ))}
      {shown.length > LISTED && <li>{t.more(shown.length - LISTED)}</li>}
    </ul>
  );
  const heading = t.pinnedTo(release.id, formatPartialDate(release.date, lang));
  const status = !revised ? (
    <p>{t.currentToo}</p>
  ) : revisions.isError ? (
    <p>{t.revisionsFailed}</p>
  ) : !revisions.data ? (
    <p>{t.loadingRevisions}</p>
  ) : shown.length === 0 ? (
    <p>{t.notRevised(current!)}</p>
  ) : null;

  if (compact)
    return (
      <div className="pinned-release compact" role="note" data-revised={shown.length > 0 || undefined}>
        <span>{heading}</span> {/* Pinned to the current release, the line says which release and nothing more. */}
        {!revised ? null : shown.length > 0 ? (
          <details>
            <summary>{t.revisedTitle}</summary>
            <p>{t.revisedBody(current!, shown.length)}</p>
            {list}
          </details>
        ) : (
          status
        )}{" "}
        {revised && liveLink}
      </div>
    );
  return (
    <section className="pinned-release" aria-label={heading} data-revised={shown.length > 0 || undefined}>
      <p>
        <strong>{heading}</strong> {t.pinnedBody}
      </p>
      <div aria-live="polite">{status}</div>
      {shown.length > 0 && (
        <>
          <h2>{t.revisedTitle}</h2>
          <p>{t.revisedBody(current!, shown.length)}</p>
          {list}
        </>
      )}
      {revised && <p>{liveLink}</p>}
    </section>
  );
}
