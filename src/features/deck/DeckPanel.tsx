/**
 * The deck panel: the deck's title and its slides in order, each with its title (the presenter's,
 * or the view's own), what it shows, and buttons to move (Alt+↑/↓ from anywhere in its row), open
 * and remove it; then Present, Download deck (.pptx) and the deck's link. A native modal <dialog>,
 * like Share: focus stays inside, Escape closes it, focus returns to the Deck button.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { prefectureDataQuery } from "../../data/prefecture-query";
import { useLang, useMessages } from "../../i18n/context";
import { loadWords, wordsLoaded } from "../../i18n/messages";
import { langTag, type Lang } from "../../i18n/lang";
import { atlasBase } from "../../state/address";
import { deckLink, LONG_LINK, moveSlide, removeSlide, retitleSlide, slideView } from "../../state/deck";
import type { ViewProps } from "../../state/view-props";
import { deckSlides } from "../../state/deck-reader";
import { withoutDeck, type Slide, type ViewState } from "../../state/view-state";
import { prefectureTitle, viewTitle, type ViewTitle } from "../../ui/titles";
import { panelMessages } from "./panel-messages";

export interface DeckPanelProps {
  open: boolean;
  onClose: () => void;
  index: AtlasIndex;
  view: ViewState;
  setView: ViewProps["setView"];
  /** Starts the presentation (full screen where the browser allows it). */
  onPresent: () => void;
  /** Builds and saves the deck as PowerPoint; resolves to a status line. */
  onDownload: () => Promise<string>;
}

/**
 * A slide's heading: its title (the presenter's, or its view's) and its view's subtitle, in the
 * slide's language once that language's words are in (the reader's until then).
 */
export function useSlideHeading(index: AtlasIndex, slide: Slide, fallbackLang: Lang): ViewTitle {
  const lang = slide.view.lang ?? fallbackLang;
  const [, setLoaded] = useState(0);
  const ready = wordsLoaded(lang);
  useEffect(() => {
    if (!ready)
      loadWords(lang).then(
        () => setLoaded((n) => n + 1),
        () => {},
      );
  }, [lang, ready]);
  const view = slideView(slide);
  const adcode = view.region ? (index.provinceByIso.get(view.region)?.adcode ?? "") : "";
  const file = useQuery({ ...prefectureDataQuery(adcode), enabled: slide.subject === "prefecture" && !!adcode });
  const unit = file.data?.units.find((u) => u.adcode === view.prefecture || u.code === view.prefecture) ?? null;
  const own =
    slide.subject === "prefectures"
      ? prefectureTitle(index, view, ready ? lang : fallbackLang, null)
      : viewTitle(index, view, ready ? lang : fallbackLang, slide.subject === "prefecture" ? unit : null);
  return slide.title ? { ...own, title: slide.title } : own;
}

/** Copies text; resolves to whether it worked. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function DeckPanel({ open, onClose, index, view, setView, onPresent, onDownload }: DeckPanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const id = useId();
  const lang = useLang();
  const t = useMessages(panelMessages);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const regions = useMemo(() => new Set(index.covered.map((p) => p.iso)), [index]);
  const slides = useMemo(() => deckSlides(view, regions), [view, regions]);
  const [titleDraft, setTitleDraft] = useState(view.deckTitle);
  useEffect(() => setTitleDraft(view.deckTitle), [view.deckTitle]);
  const commitTitle = () =>
    titleDraft.trim() !== view.deckTitle && setView({ deckTitle: titleDraft.trim() }, "replace");

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setStatus("");
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  /**
   * After a move, the same control in the slide's new row keeps the focus; after the last slide
   * goes, the deck's title field takes it (rows are keyed by position, so a retitle keeps its row).
   */
  const refocus = (row: number, control: string) =>
    requestAnimationFrame(() => {
      const rows = listRef.current?.querySelectorAll("li");
      const target =
        rows?.[row]?.querySelector<HTMLElement>(`[data-control="${control}"]`) ??
        ref.current?.querySelector<HTMLElement>(".deck-title input");
      target?.focus();
    });
  /** A move takes the row's title as typed with it (the field's blur and the move land in one turn). */
  const move = (from: number, to: number, control: string, title: string) => {
    if (to < 0 || to >= slides.length) return;
    setView(moveSlide(retitleSlide(view.deck, from, title, regions).deck, from, to), "replace");
    setStatus(t.moved(to + 1));
    refocus(to, control);
  };
  const link = deckLink(atlasBase(), view, lang);

  return (
    <dialog
      ref={ref}
      className="share-dialog deck-panel"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`}>{t.deck}</h2>
        <button className="close" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </div>
      <label className="deck-title">
        {t.deckTitle}
        {/* A draft while typing, written to the link on leaving the field or Enter (the link trims its values). */}
        <input
          value={titleDraft}
          placeholder={t.untitled}
          maxLength={100}
          onChange={(e) => setTitleDraft(e.target.value)}
          onBlur={() => commitTitle()}
          onKeyDown={(e) => e.key === "Enter" && commitTitle()}
        />
      </label>
      {slides.length === 0 ? (
        <p className="deck-empty">{t.empty}</p>
      ) : (
        <>
          <h3 id={`${id}-slides`}>{t.slides}</h3>
          <p className="deck-keys muted">{t.keys}</p>
          <ol className="deck-slides" ref={listRef} aria-labelledby={`${id}-slides`}>
            {slides.map((slide, k) => (
              <SlideRow
                key={k}
                index={index}
                slide={slide}
                number={k + 1}
                total={slides.length}
                onRetitle={(title) => setView(retitleSlide(view.deck, k, title, regions), "replace")}
                onMove={(to, control, title) => move(k, to - 1, control, title)}
                onRemove={(title) => {
                  setView(removeSlide(view, k), "replace");
                  setStatus(t.removed(title));
                  refocus(slides.length > 1 ? Math.min(k, slides.length - 2) : -1, "remove");
                }}
                onOpen={() => {
                  const target = { ...withoutDeck(slideView(slide)), deck: view.deck, deckTitle: view.deckTitle };
                  loadWords(target.lang ?? lang).then(
                    () => {
                      setView(target);
                      onClose();
                    },
                    () => {},
                  );
                }}
              />
            ))}
          </ol>
        </>
      )}
      <div className="deck-actions">
        <button className="primary" disabled={slides.length === 0} onClick={onPresent}>
          {t.present}
        </button>
        <button
          disabled={slides.length === 0 || busy}
          onClick={async () => {
            setBusy(true);
            setStatus(t.building);
            try {
              setStatus(await onDownload());
            } catch (e) {
              setStatus(t.downloadFailed((e as Error).message));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t.downloadPptx}
        </button>
      </div>
      {slides.length > 0 && (
        <div className="copy-row">
          <input readOnly value={link} aria-label={t.deckLink} onFocus={(e) => e.currentTarget.select()} />
          <button onClick={async () => setStatus((await copyText(link)) ? t.copied : t.copyBlocked)}>
            {t.copyLink}
          </button>
        </div>
      )}
      {link.length > LONG_LINK && <p className="deck-long-link">{t.longLink(link.length, LONG_LINK)}</p>}
      <p className="dialog-status" role="status">
        {status}
      </p>
    </dialog>
  );
}

interface RowProps {
  index: AtlasIndex;
  slide: Slide;
  number: number;
  total: number;
  onRetitle: (title: string) => void;
  onMove: (to: number, control: string, title: string) => void;
  onRemove: (title: string) => void;
  onOpen: () => void;
}

function SlideRow({ index, slide, number, total, onRetitle, onMove, onRemove, onOpen }: RowProps) {
  const lang = useLang();
  const t = useMessages(panelMessages);
  const shown = useSlideHeading(index, { ...slide, title: "" }, lang).title;
  const [draft, setDraft] = useState(slide.title);
  // The row shows whichever slide is now at its place (after a move): its title.
  useEffect(() => setDraft(slide.title), [slide.title]);
  const slideLang = slide.view.lang ?? lang;
  // Alt+↑/↓ from anywhere in the row moves its slide, with the title as typed.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    const control = (e.target as HTMLElement).dataset.control ?? "title";
    onMove(e.key === "ArrowUp" ? number - 1 : number + 1, control, draft);
  };
  return (
    <li className="deck-slide" onKeyDown={onKeyDown}>
      <span className="deck-number" aria-hidden="true">
        {number}
      </span>
      <div className="deck-slide-text">
        <input
          data-control="title"
          aria-label={t.slideTitle(number)}
          value={draft}
          placeholder={shown}
          maxLength={100}
          lang={langTag(slideLang)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => draft !== slide.title && onRetitle(draft)}
          onKeyDown={(e) => e.key === "Enter" && onRetitle(draft)}
        />
        <span className="deck-slide-meta muted">
          {t.shows[slide.subject]} · {t.langs[slideLang]} · {t.themes[slide.view.theme ?? "light"]}
        </span>
      </div>
      <div className="deck-slide-buttons">
        <button
          data-control="up"
          aria-label={t.moveUp(number)}
          aria-disabled={number === 1 || undefined}
          onClick={() => onMove(number - 1, "up", draft)}
        >
          {t.up}
        </button>
        <button
          data-control="down"
          aria-label={t.moveDown(number)}
          aria-disabled={number === total || undefined}
          onClick={() => onMove(number + 1, "down", draft)}
        >
          {t.down}
        </button>
        <button data-control="open" aria-label={t.open(number)} onClick={onOpen}>
          {t.openShort}
        </button>
        <button data-control="remove" aria-label={t.remove(number)} onClick={() => onRemove(slide.title || shown)}>
          {t.removeShort}
        </button>
      </div>
    </li>
  );
}
