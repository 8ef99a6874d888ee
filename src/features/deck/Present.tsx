/**
 * The presentation: one slide at a time on a 16:9 stage that fills the screen, letterboxed, each in
 * its own language; a clicker's keys (→, Page Down, Space: next; ←, Page Up: previous; Home, End)
 * move through the deck, Escape leaves; the slide number is in the URL (App keeps it there), so a
 * reload stays on the slide. The slide's body (its map or chart) is the app's to draw: `children`.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { LangProvider, useLang, useMessages } from "../../i18n/context";
import { langTag } from "../../i18n/lang";
import type { Slide } from "../../state/view-state";
import { useSlideHeading } from "./DeckPanel";
import { panelMessages } from "./panel-messages";

interface Props {
  index: AtlasIndex;
  slide: Slide;
  /** 1-based. */
  number: number;
  total: number;
  deckTitle: string;
  onGo: (number: number) => void;
  onExit: () => void;
  /** The slide's source line, in its language. */
  source: string;
  children: ReactNode;
}

const CONTROLS_IDLE_MS = 2500;
const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter", "n"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace", "p"]);

export function Present({ index, slide, number, total, deckTitle, onGo, onExit, source, children }: Props) {
  const t = useMessages(panelMessages);
  const stageRef = useRef<HTMLDivElement>(null);
  const wentFullScreen = useRef(false);
  const readerLang = useLang();
  const lang = slide.view.lang ?? readerLang;

  // The clicker's keys, wherever the focus is (but not while typing in a field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select")) return;
      // A focused button takes Space and Enter as its own press.
      if ((e.key === " " || e.key === "Enter") && target?.closest("button, a")) return;
      let to: number | null = null;
      if (NEXT.has(e.key)) to = number + 1;
      else if (PREVIOUS.has(e.key)) to = number - 1;
      else if (e.key === "Home") to = 1;
      else if (e.key === "End") to = total;
      else if (e.key === "Escape") {
        e.preventDefault();
        return onExit();
      }
      if (to === null) return;
      e.preventDefault();
      onGo(Math.min(total, Math.max(1, to)));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [number, total, onGo, onExit]);

  // Escape in full screen is the browser's: it leaves full screen, and the presentation with it.
  // (Full screen may have begun before this code arrived: as it is when the presentation shows.)
  useEffect(() => {
    wentFullScreen.current ||= !!document.fullscreenElement;
    const onChange = () => {
      if (document.fullscreenElement) wentFullScreen.current = true;
      else if (wentFullScreen.current) onExit();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [onExit]);

  useEffect(() => stageRef.current?.focus(), []);

  // The controls show while the pointer moves (and while they hold the focus), then get out of the
  // audience's way; a presenter on a clicker never needs them.
  const [pointing, setPointing] = useState(true);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const showControls = () => {
    setPointing(true);
    clearTimeout(idle.current);
    idle.current = setTimeout(() => setPointing(false), CONTROLS_IDLE_MS);
  };
  useEffect(() => {
    idle.current = setTimeout(() => setPointing(false), CONTROLS_IDLE_MS);
    return () => clearTimeout(idle.current);
  }, []);

  return (
    <div
      className="present"
      role="region"
      aria-roledescription={t.deck}
      aria-label={t.presentation(deckTitle || t.untitled)}
      ref={stageRef}
      tabIndex={-1}
      data-pointing={pointing || undefined}
      onPointerMove={showControls}
    >
      <LangProvider lang={lang}>
        <div className="present-stage" lang={langTag(lang)}>
          <SlideFrame index={index} slide={slide} number={number} total={total} source={source}>
            {children}
          </SlideFrame>
        </div>
      </LangProvider>
      <p className="present-turn" aria-hidden="true">
        {t.turn}
      </p>
      <nav className="present-controls" aria-label={t.deck}>
        <button type="button" onClick={() => onGo(number - 1)} aria-disabled={number === 1 || undefined}>
          <span aria-hidden="true">←</span>
          <span className="visually-hidden">{t.previous}</span>
        </button>
        <span className="present-counter" aria-live="polite">
          <span aria-hidden="true">{t.counter(number, total)}</span>
          <span className="visually-hidden">{t.slideOf(number, total)}</span>
        </span>
        <button type="button" onClick={() => onGo(number + 1)} aria-disabled={number === total || undefined}>
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">{t.next}</span>
        </button>
        {document.fullscreenEnabled && (
          <button
            type="button"
            onClick={() =>
              document.fullscreenElement
                ? void document.exitFullscreen().catch(() => {})
                : void document.documentElement.requestFullscreen().catch(() => {})
            }
          >
            {t.fullScreen}
          </button>
        )}
        <button type="button" onClick={onExit}>
          {t.exit}
        </button>
        <span className="present-keys">{t.presentKeys}</span>
      </nav>
    </div>
  );
}

/** A slide as a presenter shows it: title and subtitle, the map or chart, the source line and the slide number. */
function SlideFrame({
  index,
  slide,
  number,
  total,
  source,
  children,
}: Pick<Props, "index" | "slide" | "number" | "total" | "source" | "children">) {
  const lang = useLang();
  const t = useMessages(panelMessages);
  const heading = useSlideHeading(index, slide, lang);
  return (
    <article className="embed present-slide" data-view={slide.subject} aria-label={t.slideOf(number, total)}>
      <header className="present-head">
        <h1>{heading.title}</h1>
        <p>{heading.subtitle}</p>
      </header>
      <main className="embed-subject">{children}</main>
      <footer className="embed-footer present-foot">
        <span className="embed-source">{source}</span>
        <span className="present-number" aria-hidden="true">
          {t.counter(number, total)}
        </span>
      </footer>
    </article>
  );
}
