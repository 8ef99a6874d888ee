/** The Download menu every view carries: PNG, a 16:9 slide, SVG and CSV of what the view shows. */
import { useId, useRef, useState } from "react";
import type { ExportKind } from "./run-export";
import type { ExportContext } from "./lib/view-export";
import type { MapGeometry } from "../map/lib/geometry";

const ITEMS: { kind: ExportKind; label: string }[] = [
  { kind: "png", label: "Download PNG" },
  { kind: "slide", label: "Download slide (16:9)" },
  { kind: "svg", label: "Download SVG" },
  { kind: "csv", label: "Download CSV" },
];

interface Props {
  /** Built on click, so nothing is computed until someone downloads. */
  context: () => ExportContext;
  /** Needed for the map's images only. */
  geometry?: MapGeometry;
  label?: string;
}

export function DownloadMenu({ context, geometry, label = "Download" }: Props) {
  const id = useId();
  const ref = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState("");
  const run = async (kind: ExportKind) => {
    setStatus("Preparing…");
    try {
      // The export code (SVG composition, rasterising) loads on first use, not with the page.
      const { runExport } = await import("./run-export");
      const name = await runExport(context(), geometry, kind);
      setStatus(`Saved ${name}`);
      if (ref.current) ref.current.open = false;
    } catch (e) {
      setStatus(`Could not export: ${(e as Error).message}`);
    }
  };
  return (
    <details className="download-menu" ref={ref}>
      <summary aria-describedby={`${id}-status`}>{label}</summary>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.kind}>
            <button type="button" onClick={() => run(item.kind)}>
              {item.label}
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
