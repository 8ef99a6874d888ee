/**
 * Share: the link to this view, an embed with a live preview and its iframe code, and the view as
 * an image on the clipboard. A native modal <dialog>: it keeps focus inside while open, Escape
 * closes it, and focus returns to the Share button.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { ViewState } from "../../state/view-state";
import { ThemeSelect } from "../../ui/ThemeSelect";
import { atlasBase, EMBED_SIZES, embedUrl, frameSize, iframeSnippet, viewLink, type EmbedOptions } from "./lib/embed-code";

interface Props {
  open: boolean;
  onClose: () => void;
  view: ViewState;
  title: string;
  regionName: string | null;
  /** Renders the current view as PNG and puts it on the clipboard; resolves to a message. */
  onCopyImage: () => Promise<string>;
}

async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return "Copied.";
  } catch {
    return "Copying was blocked by the browser: select the text and press Ctrl+C (⌘C on a Mac).";
  }
}

const PREVIEW_WIDTH = 440;

export function ShareDialog({ open, onClose, view, title, regionName, onCopyImage }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
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

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setStatus("");
      setTheme(view.theme);
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open, view.theme]);

  const base = atlasBase(window.location);
  const link = viewLink(base, view);
  const embedView = useMemo(() => ({ ...view, theme }), [view, theme]);
  const src = embedUrl(base, embedView, options);
  const snippet = iframeSnippet(src, title, options);
  const size = frameSize(options) ?? { width: 960, height: Math.round(960 * 0.62) };
  const scale = Math.min(1, PREVIEW_WIDTH / size.width);
  const set = (patch: Partial<EmbedOptions>) => setOptions((o) => ({ ...o, ...patch }));

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Share this view</h2>
        <button className="close" onClick={onClose} aria-label="Close share dialog">
          ×
        </button>
      </div>

      <section aria-labelledby={`${id}-link`}>
        <h3 id={`${id}-link`}>Link</h3>
        <div className="copy-row">
          <input readOnly value={link} aria-label="Link to this view" onFocus={(e) => e.currentTarget.select()} />
          <button onClick={async () => setStatus(await copyText(link))}>Copy link</button>
        </div>
      </section>

      <section aria-labelledby={`${id}-embed`}>
        <h3 id={`${id}-embed`}>Embed</h3>
        <div className="embed-options">
          <label>
            Show
            <select value={options.subject} onChange={(e) => set({ subject: e.target.value as EmbedOptions["subject"] })}>
              <option value="map">The map</option>
              {regionName && <option value="region">{regionName}: balance chart</option>}
              <option value="national">National chart</option>
            </select>
          </label>
          <label>
            Size
            <select value={options.size} onChange={(e) => set({ size: e.target.value as EmbedOptions["size"] })}>
              {EMBED_SIZES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          {options.size === "custom" && (
            <span className="custom-size">
              <label>
                Width
                <input type="number" min={320} max={1920} value={options.custom.width} onChange={(e) => set({ custom: { ...options.custom, width: Number(e.target.value) } })} />
              </label>
              <label>
                Height
                <input type="number" min={240} max={1080} value={options.custom.height} onChange={(e) => set({ custom: { ...options.custom, height: Number(e.target.value) } })} />
              </label>
            </span>
          )}
          <label>
            Embed theme
            <ThemeSelect label="Embed theme" value={theme} autoLabel="Follow the reader's setting" onChange={setTheme} />
          </label>
          <label className="check">
            <input type="checkbox" checked={options.controls} onChange={(e) => set({ controls: e.target.checked })} /> Year and metric controls
          </label>
          <label className="check">
            <input type="checkbox" checked={options.static} onChange={(e) => set({ static: e.target.checked })} /> Static (no interaction)
          </label>
          <label className="check">
            <input type="checkbox" checked={options.transparent} onChange={(e) => set({ transparent: e.target.checked })} /> Transparent background
          </label>
        </div>
        <div className="embed-preview" style={{ width: size.width * scale, height: size.height * scale }}>
          {open && (
            <iframe
              title="Embed preview"
              src={src}
              width={size.width}
              height={size.height}
              style={{ transform: `scale(${scale})`, transformOrigin: "0 0", border: 0 }}
              tabIndex={-1}
            />
          )}
        </div>
        <div className="copy-row">
          <textarea readOnly value={snippet} rows={3} aria-label="Embed code" onFocus={(e) => e.currentTarget.select()} />
          <button onClick={async () => setStatus(await copyText(snippet))}>Copy embed code</button>
        </div>
      </section>

      <section aria-labelledby={`${id}-image`}>
        <h3 id={`${id}-image`}>Image</h3>
        <button onClick={async () => setStatus(await onCopyImage())}>Copy image</button>
      </section>

      <p className="dialog-status" role="status" aria-live="polite">
        {status}
      </p>
    </dialog>
  );
}
