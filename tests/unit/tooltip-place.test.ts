import { describe, expect, it } from "vitest";
import { tooltipLeft } from "../../src/features/map/TooltipFrame";

// A 366 px map (a 390 px phone): a 177 px tooltip beside a tap at x.
describe("a map tooltip's left edge stays inside the map", () => {
  it.each([
    { case: "room on the right: 12 px right of the pointer", x: 100, flipX: false, left: 112 },
    { case: "flipped: 12 px left of the pointer", x: 300, flipX: true, left: 111 },
    {
      case: "no room on the right (Chongqing, tapped at 219): pulled back 4 px inside",
      x: 219,
      flipX: false,
      left: 185,
    },
    { case: "flipped with no room on the left: 4 px from the left edge", x: 60, flipX: true, left: 4 },
  ])("$case", ({ x, flipX, left }) => {
    expect(tooltipLeft(x, 177, 366, flipX)).toBe(left);
  });

  it("a tooltip wider than the map starts 4 px from its left edge", () => {
    expect(tooltipLeft(200, 400, 366, false)).toBe(4);
    expect(tooltipLeft(200, 400, 366, true)).toBe(4);
  });
});
