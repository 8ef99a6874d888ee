/**
 * What an exported image is made of: the spec a view builds (views/*.ts) and composeSvg draws. Types
 * only, in their own module so the drawing and layout modules can name them without importing the
 * composer that imports them (they once went round four files in a cycle).
 */
import type { LabelTarget } from "../../../geo/map-labels";

export interface ExportTheme {
  /** null = transparent (for placing on a coloured slide). */
  background: string | null;
  text: string;
  muted: string;
  border: string;
  fontFamily: string;
  /** Multiplies type sizes and stroke widths; 1 when absent. */
  scale?: number;
}

export type LegendSwatch =
  | { kind: "fill"; colour: string }
  /** `colour` under hatch lines in `lines` (default: `stroke`), each with one in `ink` beside it where given, outlined in `stroke`. */
  | { kind: "hatch"; colour: string; stroke: string; lines?: string; ink?: string }
  | { kind: "dots"; colour: string; dot: string };

export interface LegendItem {
  label: string;
  swatch: LegendSwatch;
}

export interface MapShape {
  /** SVG path data in the map's viewBox units. */
  d: string;
  /** A colour. The sentinel "hatch-none" (like `noData`) draws the no-data dot pattern. */
  fill: string;
  noData?: boolean;
  /** A doubtful figure (prefecture maps): hatched in `doubtfulColour`, never coloured as a value. */
  doubtful?: boolean;
  /** Key high-debt region: hatched and outlined on top. */
  key?: boolean;
  selected?: boolean;
  /** The shape's name and where it fits (geo/map-labels.ts): written where it fits at the image's size. */
  label?: LabelTarget;
}

export type ExportBody =
  | {
      kind: "map";
      /** Width and height of the map's own coordinate space. */
      viewBox: [number, number];
      shapes: MapShape[];
      keyColour: string;
      noDataDot: string;
      strokeColour: string;
      /** The doubtful shapes' hatch colour (prefecture maps). */
      doubtfulColour?: string;
    }
  | { kind: "svg"; markup: string; width: number; height: number };

export interface ExportSpec {
  width: number;
  height: number;
  theme: ExportTheme;
  title: string;
  subtitle: string;
  legendTitle?: string;
  legend: LegendItem[];
  body: ExportBody;
  sourceLine: string;
  dataDate: string;
  /** What precedes the data date in the footer, in the image's language; "Data: " when absent. */
  dataLabel?: string;
  permalink: string;
}
