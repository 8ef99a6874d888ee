// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { ViewBoundary } from "../../src/ui/ViewBoundary";

afterEach(cleanup);

function Broken(): never {
  throw new Error("chunk failed to load");
}

describe("ViewBoundary", () => {
  it("shows one view's failure with a way out, and leaves its siblings working", () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <>
        <ViewBoundary name="Compare">
          <Broken />
        </ViewBoundary>
        <p>The map still works</p>
      </>,
    );
    expect(screen.getByRole("alert").textContent).toContain(
      "The Compare view could not be shown: chunk failed to load",
    );
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeTruthy();
    expect(screen.getByText("The map still works")).toBeTruthy();
    quiet.mockRestore();
  });
});
