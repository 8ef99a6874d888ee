// @vitest-environment jsdom
/** Sources & method explains the prefecture figures: their grades, how the map draws them, their caveats. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { LangProvider } from "../../src/i18n/context";
import { PrefectureSources } from "../../src/features/sources/PrefectureSources";

afterEach(cleanup);

describe("the prefecture data on Sources & method", () => {
  it("names the grades, the ≈ and doubtful marks, and the caveats a reader must know", () => {
    render(
      <LangProvider lang="en">
        <PrefectureSources />
      </LangProvider>,
    );
    const section = screen.getByRole("region", { name: /^Prefectures: debt, GDP and revenue/ });
    for (const grade of ["A1, A2", "B2", "C", "D"]) expect(within(section).getByText(grade)).toBeTruthy();
    expect(section.textContent).toContain("marked with ≈");
    expect(section.textContent).toContain("never coloured or ranked");
    expect(section.textContent).toContain("Ningxia's 2019–2024 figures");
    expect(section.textContent).toContain("chenfei2008c/china-local-debt-atlas");
  });

  it("says the same in Chinese", () => {
    render(
      <LangProvider lang="zh">
        <PrefectureSources />
      </LangProvider>,
    );
    const section = screen.getByRole("region", { name: /^地市：债务、GDP与收入/ });
    expect(section.textContent).toContain("标注“≈”");
    expect(section.textContent).toContain("从不着色或排名");
    expect(section.textContent).not.toMatch(/\b(the|is|are|and)\b/);
  });
});
