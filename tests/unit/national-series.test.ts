/**
 * The national page's series selection, on the real national.csv and on small made-up rows: every
 * number drawn is a published row's value, no estimate is ever added to (or stacked on) an official
 * figure, and monthly or year-to-date flows never become annual bars.
 */
import { describe, expect, it } from "vitest";
import type { NationalFigure } from "../../src/data/atlas-types";
import { balanceBars, officialBalance } from "../../src/features/national/lib/official-balance";
import { ESTIMATE_SERIES, estimates, officialBeside } from "../../src/features/national/lib/estimates";
import { issuance, issuanceBars } from "../../src/features/national/lib/issuance";
import { isAnnualFlow, periodText } from "../../src/features/national/lib/figures";
import { chartedFigures, otherFigures } from "../../src/features/national/lib/other-figures";
import { realIndex } from "../support/real-data";

const national = realIndex().data.national;
const valuesOf = (pred: (f: NationalFigure) => boolean) => new Set(national.filter(pred).map((f) => f.value));
const isEstimate = (f: NationalFigure) => f.series in ESTIMATE_SERIES;

function fig(series: string, period: string, value: number, note = "", precision = "day"): NationalFigure {
  return {
    series,
    period,
    precision,
    value,
    unit: "bn_cny",
    note,
    noteZh: "",
    sourceName: "s",
    sourceDate: "2025-01-01",
    sourceUrl: "https://example.org/",
    quote: "q",
    sourceStrength: null,
  };
}

describe("official balance chart", () => {
  const { points, intraYear, partialLimits } = officialBalance(national);
  const bars = balanceBars(points);

  it("draws the general/special split only where national.csv publishes both, else the published total, never both", () => {
    const split = bars.filter((b) => b.general !== null).map((b) => b.x);
    expect(split).toEqual([2018, 2022, 2023, 2025]);
    for (const b of bars) {
      expect(b.general === null).toBe(b.special === null);
      if (b.general !== null) expect(b.total).toBeNull();
    }
    expect(bars.find((b) => b.x === 2024)).toMatchObject({
      total: 47540,
      general: null,
      special: null,
      published: 47540,
    });
  });

  it("keeps a year with no figure as a gap, not filled: no end-2015 balance", () => {
    expect(bars.find((b) => b.x === 2015)).toMatchObject({ total: null, published: null, limit: 16000 });
    expect(bars.find((b) => b.x === 2016)!.limit).toBeNull();
  });

  it("draws only numbers that are official year-end rows of their own series (no estimate, no sum)", () => {
    const year = (b: { x: number }) => `${b.x}-12-31`;
    const row = (series: string, b: { x: number }) =>
      national.find((f) => f.series === series && f.period === year(b))?.value ?? null;
    for (const b of bars) {
      expect(b.general).toBe(b.general === null ? null : row("local_gov_debt_balance_general", b));
      expect(b.special).toBe(b.special === null ? null : row("local_gov_debt_balance_special", b));
      expect(b.total).toBe(b.total === null ? null : row("local_gov_debt_balance", b));
      expect(b.limit).toBe(row("local_gov_debt_limit", b));
    }
  });

  it("keeps intra-year balances and the ceilings by type off the year-end bars and the limit line", () => {
    expect(intraYear.length).toBeGreaterThan(5);
    expect(intraYear.every((f) => !f.period.endsWith("-12-31"))).toBe(true);
    expect(partialLimits.map((f) => `${f.series} ${f.period.slice(0, 4)}`).sort()).toEqual([
      "local_gov_general_debt_limit 2025",
      "local_gov_general_debt_limit 2026",
      "local_gov_special_debt_limit 2024",
      "local_gov_special_debt_limit 2025",
      "local_gov_special_debt_limit 2026",
    ]);
    // The limit line is the total ceiling only: 2024's after the November 2024 increase.
    expect(bars.find((b) => b.x === 2024)!.limit).toBe(52787.43);
  });
});

describe("estimates panel", () => {
  const { inBn, pctGdp } = estimates(national);
  const official = national.filter((f) => f.series === "local_gov_debt_balance");

  it("shows every estimate row with whose it is, its own value unchanged, newest first", () => {
    expect(inBn[0].figure).toMatchObject({ series: "hidden_debt_official", period: "2024-12-31" });
    expect(inBn.map((r) => r.figure.period)).toEqual([...inBn.map((r) => r.figure.period)].sort().reverse());
    expect(inBn.length + pctGdp.length).toBe(national.filter(isEstimate).length);
    expect(new Set(inBn.map((r) => r.whose))).toEqual(new Set(["Goldman Sachs", "IMF", "Ministry of Finance"]));
    for (const r of [...inBn, ...pctGdp]) expect(national).toContain(r.figure);
    expect(
      inBn.filter((r) => r.status === "official, outside the statutory balance").map((r) => r.figure.series),
    ).toEqual(["hidden_debt_official", "hidden_debt_official"]);
  });

  it("pairs an estimate with an official statutory balance row, never with a sum of the two", () => {
    const estimateValues = valuesOf(isEstimate);
    for (const r of inBn) {
      if (!r.official) continue;
      expect(official).toContain(r.official.figure);
      expect(estimateValues.has(r.official.figure.value)).toBe(false);
      expect(official.some((o) => o.value === r.figure.value + r.official!.figure.value)).toBe(false);
    }
    const mof2024 = inBn.find((r) => r.figure.series === "hidden_debt_official" && r.figure.period === "2024-12-31")!;
    expect(mof2024.official).toEqual({ figure: official.find((o) => o.period === "2024-12-31"), sameDate: true });
  });

  it("uses the same date when there is one, else the nearest within six months, else nothing", () => {
    const goldman = inBn.find((r) => r.figure.series === "hidden_debt_estimate_goldman")!;
    expect(goldman.official).toMatchObject({ sameDate: false, figure: { period: "2023-10-31" } });
    expect(
      inBn.find((r) => r.figure.series === "lgfv_debt_goldman" && r.figure.period.startsWith("2013"))!.official,
    ).toBeNull();
    const balances = [fig("local_gov_debt_balance", "2020-12-31", 1), fig("local_gov_debt_balance", "2021-06-30", 2)];
    expect(officialBeside(balances, "2021-06-30")!.sameDate).toBe(true);
    expect(officialBeside(balances, "2021-04-30")!.figure.value).toBe(2);
    expect(officialBeside(balances, "2022-06-30")).toBeNull();
  });

  it("keeps percent-of-GDP figures apart, unpaired, with the low-reliability one flagged", () => {
    expect(pctGdp.map((r) => [r.figure.period, r.lowReliability, r.official])).toEqual([
      ["2024-12-31", true, null],
      ["2012-12-31", false, null],
    ]);
  });
});

describe("bond issuance", () => {
  const data = issuance(national);
  const bars = issuanceBars(data.years);

  it("treats only calendar-year flows as annual: MONTHLY, cumulative and _ytd rows are not", () => {
    expect(
      isAnnualFlow(fig("bond_issuance_total", "2023-12-31", 9340, "consistent with 8.47 trn total for Jan–Oct 2023")),
    ).toBe(true);
    expect(isAnnualFlow(fig("bond_issuance_new", "2024-12-31", 1, "MONTHLY value (December only)"))).toBe(false);
    expect(isAnnualFlow(fig("bond_issuance_new", "2025-12-31", 1, "Jan–Dec cumulative"))).toBe(false);
    expect(isAnnualFlow(fig("bond_issuance_total_ytd", "2024-12-31", 1))).toBe(false);
    expect(isAnnualFlow(fig("bond_issuance_new", "2024-07-31", 320))).toBe(false);
  });

  it("never draws a monthly or year-to-date value in the annual bars", () => {
    const subAnnual = new Set(data.subAnnual);
    expect(data.subAnnual.map((f) => `${f.series} ${f.period}`)).toEqual(
      expect.arrayContaining([
        "bond_issuance_new 2024-07-31",
        "bond_issuance_total_ytd 2024-07-31",
        "bond_issuance_new 2025-06-30",
      ]),
    );
    for (const y of data.years)
      for (const f of [y.total, y.new, y.refinancing, y.swap]) if (f) expect(subAnnual.has(f)).toBe(false);
    expect(bars.find((b) => b.label === "2024")).toEqual({
      label: "2024",
      total: null,
      new: 4720,
      refinancing: null,
      swap: null,
    });
  });

  it("leaves a component missing rather than deriving it from the total", () => {
    expect(bars.find((b) => b.label === "2021")).toEqual({
      label: "2021",
      total: 7490,
      new: 4370.9,
      refinancing: null,
      swap: null,
    });
    expect(bars.find((b) => b.label === "2020")).toEqual({
      label: "2020",
      total: null,
      new: null,
      refinancing: null,
      swap: null,
    });
  });

  it("annotates the special refinancing bonds and the 2024 package instead of drawing them as a year's issuance", () => {
    expect(data.annotations.map((a) => a.figure.series)).toEqual(["special_refinancing_bonds", "debt_swap_package"]);
    const drawn = bars.flatMap((b) => [b.total, b.new, b.refinancing, b.swap]);
    expect(drawn).not.toContain(10000);
    expect(drawn).not.toContain(1250);
  });
});

describe("every row accounted for", () => {
  it("each national.csv row is charted or listed as not charted, never both, never dropped", () => {
    const charted = chartedFigures(national);
    const other = otherFigures(national);
    expect(charted.size + other.length).toBe(national.length);
    for (const f of other) expect(charted.has(f)).toBe(false);
  });

  it("says a row's date only as precisely as the row does", () => {
    expect(periodText(fig("x", "2024-12-31", 1))).toBe("end-2024");
    expect(periodText(fig("x", "2024-11-30", 1))).toBe("end-Nov 2024");
    expect(periodText(fig("x", "2023-11-15", 1, "", "month"))).toBe("Nov 2023");
    expect(periodText(fig("x", "2013-12-31", 1, "", "year"))).toBe("2013");
    expect(periodText(fig("x", "2024-11-08", 1))).toBe("8 Nov 2024");
  });
});
