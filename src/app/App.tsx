/**
 * Loads the data and geometry, reads the view from the URL and picks the rendering: the full
 * atlas or, with embed=1, a single view for an iframe. Composition only.
 */
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import { atlasQuery, geometryQuery } from "../data/queries";
import { buildGeometry, type MapGeometry } from "../geo/map-geometry";
import { preloadFirstClick } from "./chart-modules";
import { registerWhenQuiet } from "./offline";
import { embedPart } from "./embed-part";
import { nationalPart } from "./national-part";
import { useSearch, useViewState } from "../state/use-view-state";
import { LangProvider, useLang, useMessages } from "../i18n/context";
import { langFromSearch, langTag } from "../i18n/lang";
import { appMessages } from "./messages";
import { describeLoadError } from "../ui/load-error";
import { isEmbedSearch, loadedDeckReader } from "../state/view-state";
import { usePrefectureUnit } from "./use-prefecture-unit";
import { FullApp, AppHeader, AppFooter } from "./FullApp";
import { useTheme } from "./use-theme";
import { ViewBoundary } from "../ui/ViewBoundary";

/** The deck presented (present=N): its code loads when a presenter starts, or with a deck link. */
const PresentApp = lazy(() => import("./PresentApp"));

/**
 * The language first: loading and error messages already speak it.
 * @param prerendered the map the built page drew (scripts/prerender.ts), shown until the data is in
 */
export function App({
  prerendered = null,
  languages,
}: {
  prerendered?: string | null;
  /** The reader's preferred languages; the build's render passes none (English), whatever its machine's locale. */
  languages?: readonly string[];
}) {
  const lang = langFromSearch(useSearch(), languages);
  useEffect(() => {
    document.documentElement.lang = langTag(lang);
  }, [lang]);
  return (
    <LangProvider lang={lang}>
      <AppBody prerendered={prerendered} />
    </LangProvider>
  );
}

/** True once `waiting` has lasted SLOW_MS: a slow network gets a word and a retry, not a blank wait. */
const SLOW_MS = 8000;
function useSlow(waiting: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!waiting) return setSlow(false);
    const id = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(id);
  }, [waiting]);
  return slow;
}

function AppBody({ prerendered }: { prerendered: string | null }) {
  const t = useMessages(appMessages);
  const lang = useLang();
  // Two useQuery calls, not useQueries: the same two observers, without useQueries' code in the first chunk.
  const atlas = useQuery(atlasQuery);
  const geo = useQuery(geometryQuery);
  const geometry = useMemo(() => (geo.data ? buildGeometry(geo.data) : null), [geo.data]);
  const failed = [atlas, geo].find((q) => q.isError);
  const search = useSearch();
  const embed = useMemo(() => isEmbedSearch(search), [search]);

  // Code main.tsx fetches beside the data for this link (national-part.ts, embed-part.ts) is waited for like the data.
  const codeSettled = [nationalPart.useSettled(), embedPart.useSettled()].every(Boolean);
  const ready = !!(atlas.data && geometry && codeSettled);
  const slow = useSlow(!failed && !ready);
  const retry = () => [atlas, geo].forEach((q) => (q.isError || q.isPending) && q.refetch());

  const body = failed ? (
    <div className="error-box" role="alert">
      <p>
        <strong>{t.loadFailed}</strong> {describeLoadError(failed.error, lang)}
      </p>
      <button onClick={retry}>{t.retry}</button>
    </div>
  ) : ready ? (
    <Atlas index={atlas.data!} geometry={geometry!} />
  ) : (
    <div className="loading" aria-busy="true">
      <div className="map-skeleton" />
      <p>{t.loading}</p>
      {slow && (
        <p role="status" className="slow-note">
          {t.slow} <button onClick={retry}>{t.retry}</button>
        </p>
      )}
    </div>
  );

  // While the data arrives, the map the built page drew stays as it is (the same markup, so nothing
  // changes on screen), with the slow-network note over it rather than a skeleton in its place.
  const hosting = !!prerendered && !embed && !failed && !ready;
  // Anything else on screen is the app's own: the first-paint rules keyed on the drawn page
  // (styles.css, #root[data-prerendered]) stop applying before it is painted.
  useLayoutEffect(() => {
    if (!hosting) document.getElementById("root")?.removeAttribute("data-prerendered");
  }, [hosting]);
  if (hosting)
    return (
      <>
        <div className="prerendered-host" aria-busy="true" dangerouslySetInnerHTML={{ __html: prerendered }} />
        {slow && (
          <p role="status" className="slow-note floating">
            {t.slow} <button onClick={retry}>{t.retry}</button>
          </p>
        )}
      </>
    );
  if (embed) return body;
  return (
    <div className="app">
      {/* The atlas draws its own header, with its actions (FullApp); loading and errors get a bare one. */}
      {!(ready && !failed) && <AppHeader />}
      {body}
      <AppFooter />
    </div>
  );
}

function Atlas({ index, geometry }: { index: AtlasIndex; geometry: MapGeometry }) {
  const regions = useMemo(() => new Set(index.covered.map((p) => p.iso)), [index]);
  const state = useViewState(regions);
  // Presenting, the page takes the theme of the slide on screen (each slide keeps the one it was added in).
  const presenting = state.view.present !== null && !state.flags.embed;
  const slideTheme = presenting
    ? loadedDeckReader()?.readSlide(state.view.deck[state.view.present! - 1] ?? "", regions).slide?.view.theme
    : null;
  const theme = useTheme(slideTheme ?? state.view.theme, state.flags.transparent);

  const lang = useLang();
  const prefecture = usePrefectureUnit(index, state.view);

  // The automation contract: data and the view (the map, or the embedded view) have rendered.
  // This effect runs after its children's, so the view is in the DOM. Then, with the map up, fetch
  // the chart code so a click on a province draws at once.
  const embed = state.flags.embed;
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
    // In a task of their own, after this one that made the map work: the panel's code, and the
    // national summary's (held while the drawn page was adopted, or for a later visit to it).
    const id = setTimeout(() => {
      const firstClick = preloadFirstClick();
      // After the panel's code, not beside it: a click the moment the map works waits for that code alone.
      if (!embed) void firstClick.then(nationalPart.release);
      // Then the service worker, which saves the atlas for offline use (app/offline.ts): once the
      // first click's code is in and the reader pauses.
      void firstClick.then(() => registerWhenQuiet(embed));
    }, 0);
    return () => clearTimeout(id);
  }, [embed]);
  // The tab title names the view, so history entries and bookmarks say what they are. The titles'
  // code is asked for once the panel's is in, after the task that made the map work (the built
  // page's own <title> names the default view meanwhile).
  useEffect(() => {
    let current = true;
    const id = setTimeout(() =>
      // After the panel's code, like the national summary's (above).
      preloadFirstClick()
        .then(() => import("../ui/titles"))
        .then(
          ({ documentTitle }) => current && (document.title = documentTitle(index, state.view, lang, prefecture)),
          () => {}, // the tab keeps its last title
        ),
    );
    return () => {
      current = false;
      clearTimeout(id);
    };
  }, [index, state.view, lang, prefecture]);

  if (state.flags.embed)
    return (
      <ViewBoundary name="embed">
        <Suspense fallback={null}>
          <embedPart.Component
            index={index}
            geometry={geometry}
            view={state.view}
            flags={state.flags}
            setView={state.setView}
          />
        </Suspense>
      </ViewBoundary>
    );
  if (presenting)
    return (
      <ViewBoundary name="presentation">
        <Suspense fallback={null}>
          <PresentApp index={index} geometry={geometry} state={state} />
        </Suspense>
      </ViewBoundary>
    );
  return <FullApp index={index} geometry={geometry} state={state} theme={theme} />;
}
