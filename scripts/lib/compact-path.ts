/**
 * Compact SVG path data for projected shapes, shared by the province and prefecture builds.
 */
import { geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry } from "geojson";

/**
 * A d3 path context that writes compact SVG: positions rounded to 0.1 map unit (~0.2 CSS px at
 * 1440 px wide), relative moves, repeated points dropped. About half the size of absolute paths.
 */
class CompactPath {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private static r = (v: number) => Math.round(v * 10);
  private static n = (v: number) => String(v / 10);

  moveTo(x: number, y: number) {
    const [rx, ry] = [CompactPath.r(x), CompactPath.r(y)];
    // Subpaths start with an absolute move, so an error can never carry from one ring to the next.
    this.out.push(`M${CompactPath.n(rx)} ${CompactPath.n(ry)}`);
    [this.x, this.y, this.startX, this.startY] = [rx, ry, rx, ry];
  }
  lineTo(x: number, y: number) {
    const [rx, ry] = [CompactPath.r(x), CompactPath.r(y)];
    if (rx === this.x && ry === this.y) return;
    const dx = CompactPath.n(rx - this.x);
    const dy = CompactPath.n(ry - this.y);
    this.out.push(`l${dx}${dy.startsWith("-") ? "" : " "}${dy}`);
    [this.x, this.y] = [rx, ry];
  }
  closePath() {
    this.out.push("z");
    [this.x, this.y] = [this.startX, this.startY];
  }
  arc() {
    throw new Error("points are not drawn on these maps");
  }
  result(): string {
    return this.out.join("");
  }
}

export function compactPath(projection: GeoProjection, f: Feature<Geometry>): string {
  const ctx = new CompactPath();
  geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(f);
  return ctx.result();
}
