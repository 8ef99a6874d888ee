// @vitest-environment jsdom
/** The map's event layer on the real events and geometry: counts per province, the selected event's ring. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ProjectedMap } from "../../src/geo/province-map";
import { buildGeometry } from "../../src/geo/map-geometry";
import { MapView } from "../../src/features/map/MapView";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { realEvents, realIndex } from "../support/real-data";

const geometry = buildGeometry(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../public/generated/china-provinces.map.json"), "utf8"),
  ) as ProjectedMap,
);
const index = realIndex();
const events = realEvents();
afterEach(cleanup);

function renderMap(view?: Partial<ViewState>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(["events"], events);
  return render(
    <QueryClientProvider client={client}>
      <MapView
        index={index}
        geometry={geometry}
        metric="balance"
        periodId="2024"
        selected={null}
        onSelect={() => {}}
        eventView={view ? { ...DEFAULT_VIEW, ...view } : undefined}
      />
    </QueryClientProvider>,
  );
}
const countOf = (container: HTMLElement, adcode: string) =>
  container.querySelector(`[data-adcode-events="${adcode}"]`)?.getAttribute("data-event-count") ?? null;

describe("the map's event layer", () => {
  it("draws nothing without the event view", () => {
    const { container } = renderMap();
    expect(container.querySelector(".event-count-layer")).toBeNull();
    expect(container.querySelector('[data-region="CN-GS"]')!.getAttribute("aria-label")).not.toContain("event");
  });

  it("counts each province's dated events matching the filters, and says the count in the province's name", async () => {
    const { container } = renderMap({ eventKinds: ["asset_sale"] });
    await waitFor(() => expect(container.querySelector(".event-count-layer")).not.toBeNull());
    const gansu = events.filter(
      (e) => e.provinceAdcode === "620000" && e.kind === "asset_sale" && e.date !== null,
    ).length;
    expect(countOf(container, "620000")).toBe(String(gansu));
    expect(container.querySelector('[data-region="CN-GS"]')!.getAttribute("aria-label")).toContain(
      `${gansu} events matching the event filters`,
    );
    // Undated events have no marker: a province whose only matches are undated shows none.
    const layerTotal = [...container.querySelectorAll("[data-event-count]")].reduce(
      (sum, el) => sum + Number(el.getAttribute("data-event-count")),
      0,
    );
    expect(layerTotal).toBe(
      events.filter((e) => e.kind === "asset_sale" && e.date !== null && e.provinceAdcode).length,
    );
  });

  it("rings the province of the selected dated event, and not an undated one's", async () => {
    const dated = events.find((e) => e.provinceAdcode === "620000" && e.date)!;
    const { container } = renderMap({ event: dated.id });
    await waitFor(() =>
      expect(container.querySelector("[data-event-province]")?.getAttribute("data-event-province")).toBe("620000"),
    );
    cleanup();
    const undated = events.find((e) => e.provinceAdcode && !e.date)!;
    const again = renderMap({ event: undated.id });
    await waitFor(() => expect(again.container.querySelector(".event-count-layer")).not.toBeNull());
    expect(again.container.querySelector("[data-event-province]")).toBeNull();
    expect(again.container.textContent).toContain("The selected event is undated, so it is not marked.");
  });
});
