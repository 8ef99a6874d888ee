/** The Download menu every view carries: PNG, a 16:9 slide, SVG and CSV of what the view shows. */
import { useId, useRef, useState } from "react";
import { useMessages } from "../../i18n/context";
import type { ExportKind } from "./run-export";
import type { ExportContext } from "./lib/export-context";
import type { MapGeometry } from "../../geo/map-geometry";
import { exportMessages } from "./messages";

const KINDS: ExportKind[] = ["png", "slide", "svg", "csv", "pptx"];

interface Props {
  /** Built on click, so nothing is computed until someone downloads. Its `lang` words the files. */
  context: () => ExportContext;
  /** Needed for the map's images only. */
  geometry?: MapGeometry;
  label?: string;
}

export function DownloadMenu({ context, geometry, label }: Props) {
  const t = useMessages(exportMessages);
  const id = useId();
  const ref = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState("");
  const run = async (kind: ExportKind) => {
    setStatus(t.preparing);
    try {
      // The export code (SVG composition, rasterising) loads on first use, not with the page.
      const { runExport } = await import("./run-export");
      const name = await runExport(context(), geometry, kind);
      setStatus(t.saved(name));
      if (ref.current) ref.current.open = false;
    } catch (e) {
      setStatus(t.failed((e as Error).message));
    }
  };
  return (
    <details className="download-menu" ref={ref}>
      <summary aria-describedby={`${id}-status`}>{label ?? t.download}</summary>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" onClick={() => run(kind)}>
              {t.items[kind]}
            </button>
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="download-status" role="status">
        {status}
      </p>
    </details>
  );
}
