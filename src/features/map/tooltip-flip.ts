/**
 * Which way a map tooltip opens from the pointer, so it stays inside the map: apart from the
 * tooltip's own code (TooltipFrame), which loads after the map works, since the map decides this
 * as it draws.
 */

/** Where a tooltip at (x, y) should open, so it stays inside a box of this size. */
export function tooltipFlip(x: number, y: number, box: HTMLElement | null): { flipX: boolean; flipY: boolean } {
  return { flipX: x > (box?.clientWidth ?? 0) * 0.6, flipY: y > (box?.clientHeight ?? 0) * 0.55 };
}
