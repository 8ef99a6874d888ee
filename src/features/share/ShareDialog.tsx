/**
 * Share: the link to this view, an embed with a live preview and its iframe code, and the view as
 * an image on the clipboard. A native modal <dialog>: it keeps focus inside while open, Escape
 * closes it, and focus returns to the Share button.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useLang, useMessages } from "../../i18n/context";
import { atlasBase } from "../../state/address";
import type { ViewState } from "../../state/view-state";
import { ThemeSelect } from "../../ui/ThemeSelect";
import {
  EMBED_SIZES,
  embeddedView,
  embedUrl,
  frameSize,
  iframeSnippet,
  viewLink,
  type EmbedOptions,
} from "./lib/embed-code";
import { shareMessages } from "./messages";

export interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  view: ViewState;
  /** A view's title in the reader's language: the embedded view's is the iframe's title. */
  titleFor: (view: ViewState) => string;
  /** The region's name in the reader's language. */
  regionName: string | null;
  /** The link's prefecture (`p`) in the reader's language: the region embed is then its chart. */
  prefectureName?: string | null;
  /** The data release the page's figures are (its data file says), null if it does not say. */
  release: string | null;
  /** Renders the current view as PNG and puts it on the clipboard; resolves to a message. */
  onCopyImage: () => Promise<string>;
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

const PREVIEW_WIDTH = 440;

export function ShareDialog({
  open,
  onClose,
  view,
  titleFor,
  regionName,
  prefectureName = null,
  release,
  onCopyImage,
}: ShareDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const lang = useLang();
  const t = useMessages(shareMessages);
  const [status, setStatus] = useState("");
  const [options, setOptions] = useState<EmbedOptions>({
    subject: view.view === "national" ? "national" : "map",
    size: "960x540",
    custom: { width: 800, height: 600 },
    controls: false,
    static: false,
    transparent: false,
  });
  const [theme, setTheme] = useState(view.theme);
  // Pinning to the data release this page shows: a link stays as the page is (pinned if it is), an
  // embed is pinned unless the sender says otherwise (a chart in an article must keep its figures).
  const [pinLink, setPinLink] = useState(view.vintage !== null);
  const [pinEmbed, setPinEmbed] = useState(true);
  const pinnedTo = (pin: boolean) => (pin && release ? release : null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setStatus("");
      setTheme(view.theme);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open, view.theme]);

  const base = atlasBase();
  const link = viewLink(base, { ...view, vintage: pinnedTo(pinLink) }, lang);
  const embedVintage = pinnedTo(pinEmbed);
  const embedView = useMemo(() => ({ ...view, theme, vintage: embedVintage }), [view, theme, embedVintage]);
  const src = embedUrl(base, embedView, options, lang);
  // Titled as what it shows: a province's chart, not the map it was opened from.
  const snippet = iframeSnippet(src, titleFor(embeddedView(embedView, options)), options);
  const size = frameSize(options) ?? { width: 960, height: Math.round(960 * 0.62) };
  const scale = Math.min(1, PREVIEW_WIDTH / size.width);
  const set = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const copy = async (text: string) => setStatus((await copyText(text)) ? t.copied : t.copyBlocked);

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>{t.title}</h2>
        <button className="close" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </div>

      <section aria-labelledby={`${id}-link`}>
        <h3 id={`${id}-link`}>{t.link}</h3>
        <PinChoice id={`${id}-pin-link`} pinned={pinLink} onChange={setPinLink} release={release} />
        <div className="copy-row">
          <input readOnly value={link} aria-label={t.linkLabel} onFocus={(e) => e.currentTarget.select()} />
          <button onClick={() => copy(link)}>{t.copyLink}</button>
        </div>
      </section>

      <section aria-labelledby={`${id}-embed`}>
        <h3 id={`${id}-embed`}>{t.embed}</h3>
        <div className="embed-options">
          <label>
            {t.show}
            <select
              value={options.subject}
              onChange={(e) => set({ subject: e.target.value as EmbedOptions["subject"] })}
            >
              <option value="map">{t.theMap}</option>
              {regionName && (
                <option value="region">
                  {prefectureName ? t.prefectureChart(prefectureName) : t.regionChart(regionName)}
                </option>
              )}
              <option value="national">{t.nationalChart}</option>
            </select>
          </label>
          <label>
            {t.size}
            <select value={options.size} onChange={(e) => set({ size: e.target.value as EmbedOptions["size"] })}>
              {EMBED_SIZES.map((s) => (
                <option key={s.id} value={s.id}>
                  {t.sizes[s.id] ?? s.label}
                </option>
              ))}
            </select>
          </label>
          {options.size === "custom" && (
            <span className="custom-size">
              <label>
                {t.width}
                <input
                  type="number"
                  min={320}
                  max={1920}
                  value={options.custom.width}
                  onChange={(e) => set({ custom: { ...options.custom, width: Number(e.target.value) } })}
                />
              </label>
              <label>
                {t.height}
                <input
                  type="number"
                  min={240}
                  max={1080}
                  value={options.custom.height}
                  onChange={(e) => set({ custom: { ...options.custom, height: Number(e.target.value) } })}
                />
              </label>
            </span>
          )}
          <label>
            {t.embedTheme}
            <ThemeSelect
              label={t.embedTheme}
              value={theme}
              autoLabel={t.followReader}
              names={t.themes}
              onChange={setTheme}
            />
          </label>
          <PinChoice id={`${id}-pin-embed`} pinned={pinEmbed} onChange={setPinEmbed} release={release} />
          <label className="check">
            <input type="checkbox" checked={options.controls} onChange={(e) => set({ controls: e.target.checked })} />{" "}
            {t.controls}
          </label>
          <label className="check">
            <input type="checkbox" checked={options.static} onChange={(e) => set({ static: e.target.checked })} />{" "}
            {t.static}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={options.transparent}
              onChange={(e) => set({ transparent: e.target.checked })}
            />{" "}
            {t.transparent}
          </label>
        </div>
        <div className="embed-preview" style={{ width: size.width * scale, height: size.height * scale }}>
          {open && (
            <iframe
              title={t.preview}
              src={src}
              width={size.width}
              height={size.height}
              style={{ transform: `scale(${scale})`, transformOrigin: "0 0", border: 0 }}
              tabIndex={-1}
            />
          )}
        </div>
        <div className="copy-row">
          <textarea
            readOnly
            value={snippet}
            rows={3}
            aria-label={t.embedCode}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button onClick={() => copy(snippet)}>{t.copyEmbed}</button>
        </div>
      </section>

      <section aria-labelledby={`${id}-image`}>
        <h3 id={`${id}-image`}>{t.image}</h3>
        <button onClick={async () => setStatus(await onCopyImage())}>{t.copyImage}</button>
      </section>

      <p className="dialog-status" role="status" aria-live="polite">
        {status}
      </p>
    </dialog>
  );
}

/**
 * "Pin to this data release", with what it means: pinned, the link keeps the figures of the release
 * the page shows and says when they are revised; live, it shows the newest figures.
 */
function PinChoice({
  id,
  pinned,
  onChange,
  release,
}: {
  id: string;
  pinned: boolean;
  onChange: (pinned: boolean) => void;
  release: string | null;
}) {
  const t = useMessages(shareMessages);
  return (
    <div className="pin-choice">
      <label className="check">
        <input
          type="checkbox"
          checked={pinned && release !== null}
          disabled={release === null}
          aria-describedby={`${id}-what`}
          onChange={(e) => onChange(e.target.checked)}
        />{" "}
        {release ? t.pin(release) : t.pinUnknown}
      </label>
      <p id={`${id}-what`} className="pin-what">
        {release === null ? t.pinUnavailable : pinned ? t.pinnedMeans(release) : t.liveMeans}
      </p>
    </div>
  );
}
