/**
 * Count markers at province centroids, pushed apart where neighbours are too close to read
 * (Beijing and Tianjin, Shanghai and its neighbours). Deterministic: the same input gives the same
 * picture, so screenshots and exports do not jitter.
 */
export interface Marker {
  id: string;
  x: number;
  y: number;
}

export function spreadMarkers(markers: readonly Marker[], minDistance: number, rounds = 40): Marker[] {
  const out = markers.map((m) => ({ ...m }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance - 1e-9) continue;
        if (d === 0) [dx, dy, d] = [1, 0, 1]; // coincident: separate sideways
        const push = (minDistance - d) / 2;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
