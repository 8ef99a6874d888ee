import { describe, expect, it } from "vitest";
import { classOf, niceNumber, quantileBreaks } from "../../src/data/scale";

describe("the colour scale", () => {
  it.each([
    [1234, 1200],
    [0.0456, 0.046],
    [98.7, 99],
    [0, 0],
  ])("niceNumber(%d) = %d", (x, expected) => expect(niceNumber(x)).toBeCloseTo(expected, 10));

  it("quantile breaks are increasing and split the values into classes", () => {
    const values = Array.from({ length: 100 }, (_, k) => k + 1);
    const breaks = quantileBreaks(values, 4);
    expect(breaks).toEqual([26, 51, 76]);
  });

  it("classOf puts a value at a break into the upper class", () => {
    const scale = { breaks: [10, 20], colours: ["a", "b", "c"] };
    expect([
      classOf(scale, 5),
      classOf(scale, 10),
      classOf(scale, 19.9),
      classOf(scale, 20),
      classOf(scale, 1e9),
    ]).toEqual([0, 1, 1, 2, 2]);
  });
});
