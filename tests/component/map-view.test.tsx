// @vitest-environment jsdom
/**
 * The map and panels rendered from the real data and the generated geometry (npm test builds both
 * before the tests run).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import type { ProjectedMap } from "../../src/geo/province-map";
import { MapView } from "../../src/features/map/MapView";
import { RegionPanel } from "../../src/features/region/RegionPanel";
import { IgnoredNotice } from "../../src/app/IgnoredNotice";
import { buildGeometry } from "../../src/geo/map-geometry";
import { realEvents, realIndex } from "../support/real-data";
import { withQuery } from "../support/with-query";

const projected = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../public/generated/china-provinces.map.json"), "utf8"),
) as ProjectedMap;
const geometry = buildGeometry(projected);
const index = realIndex();

afterEach(cleanup);

describe("MapView", () => {
  it("draws every province with the automation attributes", () => {
    const { container } = render(
      <MapView
        index={index}
        geometry={geometry}
        metric="debt_gdp"
        periodId="2023"
        selected={null}
        onSelect={() => {}}
      />,
    );
    const shapes = container.querySelectorAll("[data-region]");
    expect(shapes).toHaveLength(34);
    const nm = container.querySelector('[data-region="CN-NM"]')!;
    const gdp = index.macro("150000", 2023, "gdp")!.value;
    expect(Number(nm.getAttribute("data-value"))).toBeCloseTo((index.balance("150000", "2023")!.total! / gdp) * 100, 8);
    expect(nm.getAttribute("data-key-region")).toBe("true");
    expect(nm.getAttribute("aria-label")).toContain("Inner Mongolia");
    expect(container.querySelector('[data-region="CN-TW"]')!.getAttribute("aria-label")).toContain("not covered");
  });

  it("says when the period predates the key-region list and draws no key outline", () => {
    const { container } = render(
      <MapView
        index={index}
        geometry={geometry}
        metric="balance"
        periodId="2019"
        selected={null}
        onSelect={() => {}}
      />,
    );
    expect(screen.getByText(/list did not exist yet at end-2019/)).toBeTruthy();
    expect(container.querySelectorAll('[data-key-region="true"]')).toHaveLength(0);
    expect(container.querySelectorAll(".key-overlay")).toHaveLength(0);
  });

  it("opens a province with Enter but not a region that is not covered", () => {
    const onSelect = vi.fn();
    const { container } = render(
      <MapView
        index={index}
        geometry={geometry}
        metric="balance"
        periodId="2024"
        selected={null}
        onSelect={onSelect}
      />,
    );
    const press = (iso: string) => {
      const el = container.querySelector(`[data-region="${iso}"]`)!;
      el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    };
    press("CN-HK");
    press("CN-GZ");
    expect(onSelect.mock.calls).toEqual([["520000"]]);
  });
});

describe("RegionPanel", () => {
  it("is a landmark named after the region, with headline figures and the events", () => {
    render(withQuery(<RegionPanel index={index} adcode="500000" periodId="2024" onClose={() => {}} />));
    const panel = screen.getByRole("complementary", { name: /Chongqing/ });
    // The three official figures and, apart, Huatai FI's two LGFV figures: all exist for end-2024.
    expect(within(panel).getAllByText(/rank \d+ of 31/)).toHaveLength(5);
    const estimate = within(panel).getByRole("region", {
      name: "Huatai FI's LGFV debt estimate, not an official figure",
    });
    expect(within(estimate).getAllByText(/rank \d+ of 31/)).toHaveLength(2);
    expect(within(estimate).getByText("LGFV interest-bearing debt (Huatai FI estimate), 2024")).toBeTruthy();
    expect(within(panel).getByText(/Key high-debt region \(listed Sep 2023\)/)).toBeTruthy();
    const chongqingEvents = realEvents().filter((e) => e.provinceAdcode === "500000");
    expect(within(panel).getAllByRole("listitem").length).toBeGreaterThanOrEqual(chongqingEvents.length);
    const eventsSection = within(panel).getByRole("region", { name: /^Events in Chongqing/ });
    expect(within(eventsSection).getByText(chongqingEvents[0].titleEn)).toBeTruthy();
  });

  it("says beside the key-region sources what the source check found", () => {
    // Ningxia's application to leave the list: Yicai Global confirms the month, not the day.
    render(withQuery(<RegionPanel index={index} adcode="640000" periodId="2025" onClose={() => {}} />));
    const history = screen.getByRole("region", { name: "Key high-debt region status" });
    const items = within(history).getAllByRole("listitem");
    expect(items[0].querySelector(".source-strength")).toBeNull(); // the listing: confirmed by Yicai Global
    expect(within(items[0]).getByRole("link", { name: /Yicai Global/ })).toBeTruthy();
    expect(items[1].textContent).toContain("(partly confirmed: some details rest on a weaker source)");
  });

  it("shows a missing ratio with its reason", () => {
    render(withQuery(<RegionPanel index={index} adcode="460000" periodId="2018" onClose={() => {}} />));
    expect(screen.getByText("No general public budget revenue for 2018 in the data")).toBeTruthy();
  });

  it("says so for a province with no events", () => {
    const withEvents = new Set(realEvents().map((e) => e.provinceAdcode));
    const quiet = index.covered.find((p) => !withEvents.has(p.adcode))!;
    render(withQuery(<RegionPanel index={index} adcode={quiet.adcode} periodId="2024" onClose={() => {}} />));
    expect(screen.getByText(`No events recorded for ${quiet.nameEn} in the data.`)).toBeTruthy();
  });
});

describe("IgnoredNotice", () => {
  it("shows hostile values as text, never as markup", () => {
    const { container } = render(
      <IgnoredNotice
        ignored={[{ name: "m", value: '<img src=x onerror="alert(1)">', reason: "not_metric" }]}
        onDismiss={() => {}}
      />,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
