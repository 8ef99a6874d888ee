/**
 * The header's actions once the atlas has loaded: language, theme, the reader's own data and
 * Share, drawn in the header (FullApp hands them to AppHeader, so the built page's first view has
 * them in its markup); the Share dialog itself goes to the end of the page, mounted on first use.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { createPortal } from "react-dom";
import type { AtlasIndex } from "../data/atlas-index";
import type { ExportSubject } from "../features/export/lib/export-context";
import type { ShareDialogProps } from "../features/share/ShareDialog";
import type { MapGeometry } from "../geo/map-geometry";
import { UserDataButton } from "../features/user-data/UserData";
import { useLang, useMessages } from "../i18n/context";
import { localName, provinceName } from "../i18n/domain";
import { loadWords } from "../i18n/messages";
import type { ViewProps } from "../state/view-props";
import type { Theme, ViewState } from "../state/view-state";
import type { PrefectureUnit } from "../data/prefecture-types";
import { ThemeSelect } from "../ui/ThemeSelect";
import { ViewBoundary } from "../ui/ViewBoundary";
import { showCodeLoadFailed } from "./code-load-failed";
import { LanguageSwitch } from "./LanguageSwitch";
import { appMessages } from "./messages";
import type { ExportContexts } from "./use-export-context";
import { usePrefectureUnit } from "./use-prefecture-unit";

// The Share dialog loads when the Share button is first pointed at, focused or pressed, with the
// view titles its embed code names the view by (ui/titles.ts, which the first view does without).
const loadShareDialog = () =>
  Promise.all([import("../features/share/ShareDialog"), import("../ui/titles")]).then(([dialog, titles]) => ({
    default: function TitledShareDialog({
      index,
      prefecture,
      ...props
    }: Omit<ShareDialogProps, "titleFor"> & { index: AtlasIndex; prefecture: PrefectureUnit | null }) {
      const lang = useLang();
      // A province's chart with the link's prefecture (p) is that prefecture's chart, titled so.
      const titleFor = (view: ViewState) =>
        titles.viewTitle(index, view, lang, view.view === "region" ? prefecture : null).title;
      return <dialog.ShareDialog {...props} titleFor={titleFor} />;
    },
  }));
const ShareDialog = lazy(loadShareDialog);
// The deck panel loads like the Share dialog: when its button is first pointed at, focused or pressed.
const loadDeckPanel = () => import("../features/deck/DeckPanel");
const DeckPanel = lazy(() => loadDeckPanel().then((m) => ({ default: m.DeckPanel })));

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  view: ViewState;
  setView: ViewProps["setView"];
  theme: Theme;
  exportContext: ExportContexts;
}

export function HeaderActions({ index, geometry, view, setView, theme, exportContext }: Props) {
  const t = useMessages(appMessages);
  const lang = useLang();
  const [sharing, setSharing] = useState(false);
  const chosenLang = useRef(lang);
  // The dialog stays mounted once opened, so a second Share opens it at once and as the reader left it.
  const [shareMounted, setShareMounted] = useState(false);
  const [deckOpen, setDeckOpen] = useState(false);
  const [deckMounted, setDeckMounted] = useState(false);
  const imageSubject: ExportSubject = view.view === "national" ? "national" : "map";
  const prefecture = usePrefectureUnit(index, view);
  const client = useQueryClient();
  return (
    <>
      <LanguageSwitch
        lang={lang}
        onChange={(l) => {
          // The last choice wins: English (at once) after 中文 (its words on their way) stays English.
          chosenLang.current = l;
          loadWords(l).then(() => chosenLang.current === l && setView({ lang: l }), showCodeLoadFailed);
        }}
      />
      <label className="theme-picker">
        <span className="theme-label">{t.theme}</span>
        <ThemeSelect
          label={t.theme}
          value={view.theme}
          autoLabel={t.themeAuto(theme)}
          names={t.themes}
          onChange={(th) => setView({ theme: th })}
        />
      </label>
      <UserDataButton provinces={index.data.provinces} />
      <button
        className="deck-button"
        data-empty={view.deck.length === 0 || undefined}
        aria-label={t.deckButton(view.deck.length)}
        onPointerEnter={() => void loadDeckPanel()}
        onFocus={() => void loadDeckPanel()}
        onClick={() => {
          setDeckMounted(true);
          setDeckOpen(true);
        }}
      >
        {t.deck} <span className="deck-count">{view.deck.length}</span>
      </button>
      <button
        className="share-button"
        onPointerEnter={() => void loadShareDialog()}
        onFocus={() => void loadShareDialog()}
        onClick={() => {
          setShareMounted(true);
          setSharing(true);
        }}
      >
        {t.share}
      </button>
      {/* The dialog goes to the end of the page, out of the header's styles (it is only ever made in
          the browser, after a press of Share). */}
      {shareMounted &&
        createPortal(
          <ViewBoundary name="Share">
            <Suspense fallback={null}>
              <ShareDialog
                open={sharing}
                onClose={() => setSharing(false)}
                view={view}
                index={index}
                regionName={
                  view.region ? ((p) => (p ? provinceName(p, lang) : null))(index.provinceByIso.get(view.region)) : null
                }
                prefectureName={prefecture ? localName(prefecture.nameEn, prefecture.nameZh, lang) : null}
                prefecture={prefecture}
                release={index.data.release ?? null}
                onCopyImage={async () => {
                  const { copyImage } = await import("../features/export/run-export");
                  return copyImage(exportContext(imageSubject)(), geometry);
                }}
              />
            </Suspense>
          </ViewBoundary>,
          document.body,
        )}
      {deckMounted &&
        createPortal(
          <ViewBoundary name="Deck">
            <Suspense fallback={null}>
              <DeckPanel
                open={deckOpen}
                onClose={() => setDeckOpen(false)}
                index={index}
                view={view}
                setView={setView}
                onPresent={() => {
                  // Full screen needs this press; a browser that refuses still presents, in the window.
                  void document.documentElement.requestFullscreen?.().catch(() => {});
                  setDeckOpen(false);
                  setView({ present: 1 });
                }}
                onDownload={async () => {
                  const { downloadDeck } = await import("../features/deck/download-deck");
                  return downloadDeck({ index, geometry, view, lang, client });
                }}
              />
            </Suspense>
          </ViewBoundary>,
          document.body,
        )}
    </>
  );
}
