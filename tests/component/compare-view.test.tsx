// @vitest-environment jsdom
/** The Compare view on the real data, driven as a reader would: presets, search, table, scale. */
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CompareView } from "../../src/features/compare/CompareView";
import { DEFAULT_VIEW, serialiseView, type ViewState } from "../../src/state/view-state";
import { realIndex } from "../support/real-data";

const index = realIndex();
afterEach(cleanup);

/** Holds the view like use-view-state does, and shows the link it would write. */
function Harness({ initial = {} }: { initial?: Partial<ViewState> }) {
  const [view, setView] = useState<ViewState>({ ...DEFAULT_VIEW, view: "compare", ...initial });
  return (
    <>
      <CompareView index={index} view={view} setView={(next) => setView((v) => ({ ...v, ...next }))} />
      <code data-testid="url">{serialiseView(view)}</code>
    </>
  );
}
const url = () => screen.getByTestId("url").textContent ?? "";
const table = () => screen.getByRole("table", { name: /by province at/ });
const bodyRows = () => within(table()).getAllByRole("row").slice(1);

describe("Compare view", () => {
  it("starts empty with guidance, the presets and the table of all 31", () => {
    render(<Harness />);
    expect(screen.getByText(/No province chosen yet/)).toBeTruthy();
    for (const name of ["Key regions", "All 31", "East", "Central", "West", "Northeast", "Closest peers"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    // No anchor yet: closest peers cannot run, and the hint says what to do.
    expect((screen.getByRole("button", { name: "Closest peers" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/choose a province first/)).toBeTruthy();
    expect(bodyRows()).toHaveLength(31);
  });

  it("a preset puts its provinces in the link and on the chart; closest peers follows the first", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ metric: "debt_revenue" }} />);
    await user.click(screen.getByRole("button", { name: "Key regions" }));
    expect(url()).toContain(
      "cr=CN-TJ%2CCN-NM%2CCN-LN%2CCN-JL%2CCN-HL%2CCN-GX%2CCN-CQ%2CCN-GZ%2CCN-YN%2CCN-GS%2CCN-QH%2CCN-NX",
    );
    expect(within(screen.getByRole("list", { name: "Provinces on the chart" })).getAllByRole("listitem")).toHaveLength(
      12,
    );
    await user.click(screen.getByRole("button", { name: "Closest peers" }));
    expect(url()).toContain("cr=CN-TJ%2CCN-HN%2CCN-HL%2CCN-XJ%2CCN-HI%2CCN-CQ&");
  });

  it("search by Chinese name adds a province with the keyboard", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole("combobox", { name: "Add a province" });
    await user.type(box, "内蒙");
    const option = screen.getByRole("option", { name: /Inner Mongolia/ });
    expect(box.getAttribute("aria-activedescendant")).toBe(option.id);
    await user.keyboard("{Enter}");
    expect(url()).toContain("cr=CN-NM");
    expect(screen.getByRole("button", { name: "Remove Inner Mongolia" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("Inner Mongolia added to the chart.");
    expect((box as HTMLInputElement).value).toBe("");
  });

  it("arrow keys move through the matches", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole("combobox", { name: "Add a province" });
    await user.type(box, "guang{ArrowDown}{Enter}");
    expect(url()).toContain("cr=CN-GX");
  });

  it("Down on the empty box lists all 31; Escape closes the list without leaving the view", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ compare: ["CN-GZ"] }} />);
    const box = screen.getByRole("combobox", { name: "Add a province" });
    await user.click(box);
    await user.keyboard("{ArrowDown}");
    expect(box.getAttribute("aria-expanded")).toBe("true");
    expect(within(screen.getByRole("listbox", { name: "Matching provinces" })).getAllByRole("option")).toHaveLength(31);
    // Guizhou is listed but marked as already shown; picking it changes nothing.
    expect(screen.getByRole("option", { name: /Guizhou.*on the chart/ }).getAttribute("aria-disabled")).toBe("true");
    await user.keyboard("{Escape}");
    expect(box.getAttribute("aria-expanded")).toBe("false");
    expect(url()).toMatch(/cr=CN-GZ$/);
  });

  it("a chip's remove button takes the province off", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ compare: ["CN-GZ", "CN-TJ"] }} />);
    await user.click(screen.getByRole("button", { name: "Remove Guizhou" }));
    expect(url()).toMatch(/cr=CN-TJ($|&)/);
  });

  it("indexed starts at 2023 = 100, worded as the listing base", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ compare: ["CN-GZ", "CN-TJ"], metric: "debt_revenue" }} />);
    await user.click(screen.getByRole("radio", { name: "Indexed" }));
    expect(url()).toContain("ix=2023");
    const base = screen.getByRole("combobox", { name: "Index base" }) as HTMLSelectElement;
    expect(base.selectedOptions[0].textContent).toBe("2023 = 100 (listing year)");
    expect(
      screen.getByText(
        /first year-end after the key-region list was drawn in Sept 2023, so the lines show growth since the listing/,
      ),
    ).toBeTruthy();
    // The legend lists both at end-2024 against end-2023 = 100, highest first.
    expect(screen.getByText(/At end-2024, end-2023 = 100, highest first/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tianjin 114.5" })).toBeTruthy();
  });

  it("sorts the table by change with aria-sort, the missing row last", async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ metric: "debt_revenue", period: "2018" }} />);
    await user.click(within(table()).getByRole("button", { name: /Change since 2023/ }));
    const header = within(table()).getByRole("columnheader", { name: /Change since 2023/ });
    expect(header.getAttribute("aria-sort")).toBe("descending");
    const rows = bodyRows();
    expect(rows[30].getAttribute("data-region")).toBe("CN-HI");
    await user.click(within(table()).getByRole("button", { name: /Change since 2023/ }));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
    expect(bodyRows()[30].getAttribute("data-region")).toBe("CN-HI");
  });

  it("a missing value shows its reason, not zero", () => {
    render(<Harness initial={{ metric: "debt_revenue", period: "2018", compare: ["CN-HI"] }} />);
    const hainan = bodyRows().find((r) => r.getAttribute("data-region") === "CN-HI")!;
    expect(within(hainan).getByText("No general public budget revenue for 2018 in the data")).toBeTruthy();
    expect(hainan.textContent).not.toMatch(/\b0\.0\b/);
    // And the chart says how many points it could not draw, and why.
    // 2018 has no revenue; the five month-ends have no annual denominator.
    expect(screen.getByText(/5 of 15 points missing/)).toBeTruthy();
    expect(screen.getByText(/No general public budget revenue for 2018 in the data: Hainan at 2018/)).toBeTruthy();
  });

  it("ticking a row adds the province; the base-year select sets the link", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole("checkbox", { name: "Show Guizhou on the chart" }));
    expect(url()).toContain("cr=CN-GZ");
    await user.selectOptions(screen.getByRole("combobox", { name: "Change since" }), "2020");
    expect(url()).toContain("b=2020");
  });
});
