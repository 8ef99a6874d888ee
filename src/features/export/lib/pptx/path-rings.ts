/**
 * SVG path data (the map files' compact paths: M, l, z; and d3's absolute M, L, Z) as rings of
 * absolute points, for shapes that are drawn from points (PowerPoint freeforms). Straight lines
 * only: the maps have no curves. Pure.
 */
export function pathRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let x = 0;
  let y = 0;
  let command = "";
  const tokens = d.match(/[MmLlHhVvZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let k = 0;
  const num = () => Number(tokens[k++]);
  const close = () => {
    if (ring.length > 2) rings.push(ring);
    ring = [];
  };
  while (k < tokens.length) {
    if (/^[A-Za-z]$/.test(tokens[k])) command = tokens[k++];
    switch (command) {
      case "M":
      case "m": {
        close();
        const [dx, dy] = [num(), num()];
        [x, y] = command === "M" ? [dx, dy] : [x + dx, y + dy];
        ring.push([x, y]);
        // Pairs after a move are lines (SVG's rule).
        command = command === "M" ? "L" : "l";
        break;
      }
      case "L":
        [x, y] = [num(), num()];
        ring.push([x, y]);
        break;
      case "l":
        [x, y] = [x + num(), y + num()];
        ring.push([x, y]);
        break;
      case "H":
        x = num();
        ring.push([x, y]);
        break;
      case "h":
        x += num();
        ring.push([x, y]);
        break;
      case "V":
        y = num();
        ring.push([x, y]);
        break;
      case "v":
        y += num();
        ring.push([x, y]);
        break;
      case "Z":
      case "z":
        if (ring.length) [x, y] = ring[0];
        close();
        command = "";
        break;
      default:
        throw new Error(`unsupported path data near "${tokens[k]}"`);
    }
  }
  close();
  return rings;
}
