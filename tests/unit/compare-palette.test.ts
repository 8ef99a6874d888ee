import { describe, expect, it } from "vitest";
import { MAX_CATEGORICAL, PALETTE, seriesStyle } from "../../src/features/compare/lib/palette";

const styles = (count: number, focus: string | null = null) =>
  Array.from({ length: count }, (_, k) => seriesStyle(`S${k}`, k, count, focus));

describe("series styles", () => {
  it("up to twelve series all look different (colour and dash together)", () => {
    const keys = styles(MAX_CATEGORICAL).map((s) => `${s.colour}|${s.dash ?? "solid"}`);
    expect(new Set(keys).size).toBe(12);
  });

  it("the first six are solid in six different colours", () => {
    const six = styles(6);
    expect(six.map((s) => s.colour)).toEqual([...PALETTE]);
    expect(six.every((s) => s.dash === undefined)).toBe(true);
  });

  it("past twelve every line is neutral, since thirteen hues cannot be told apart", () => {
    const many = styles(31);
    expect(new Set(many.map((s) => s.colour))).toEqual(new Set(["var(--muted)"]));
  });

  it.each([[5], [31]])("with %s series, the one in focus stands out and is drawn on top", (count) => {
    const all = styles(count, "S2");
    expect(all[2]).toMatchObject({ emphasised: true, opacity: 1 });
    expect(all[2].width).toBeGreaterThan(all[0].width);
    expect(all[0].opacity).toBeLessThan(1);
    if (count > MAX_CATEGORICAL) expect(all[2].colour).toBe("var(--accent)");
  });
});
