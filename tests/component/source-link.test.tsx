// @vitest-environment jsdom
/**
 * The one source link (ui/SourceLink.tsx) used by the province panel, events, the national page
 * and Sources: the source's name as written, marked with its own language so a screen reader
 * reads it in the right voice, linked only for an http(s) URL, and its date in the reader's
 * convention (a date that is not a date stays as written, also marked).
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { SourceLink } from "../../src/ui/SourceLink";
import { Cite } from "../../src/features/national/Cite";
import { LangProvider } from "../../src/i18n/context";
import type { Lang } from "../../src/i18n/lang";
import type { ReactNode } from "react";

afterEach(cleanup);

const renderIn = (lang: Lang, ui: ReactNode) => render(<LangProvider lang={lang}>{ui}</LangProvider>);

describe("SourceLink", () => {
  it.each([
    ["zh", "Yicai Global", "en"],
    ["en", "第一财经", "zh-CN"],
  ] as const)("on a %s page, the name %s is a link marked lang=%s", (lang, name, tag) => {
    renderIn(lang, <SourceLink name={name} url="https://example.org/a" />);
    const link = screen.getByRole("link", { name });
    expect(link.getAttribute("lang")).toBe(tag);
    expect(link.getAttribute("href")).toBe("https://example.org/a");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("a name in the page's own language carries no lang of its own", () => {
    renderIn("en", <SourceLink name="Yicai Global" url="https://example.org/a" />);
    expect(screen.getByRole("link", { name: "Yicai Global" }).hasAttribute("lang")).toBe(false);
  });

  it("a javascript: URL never becomes a link: the name stays text, still marked with its language", () => {
    renderIn("zh", <SourceLink name="Yicai Global" url="javascript:alert(1)" />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("Yicai Global").getAttribute("lang")).toBe("en");
  });

  it.each([
    ["en", "2025-08", "Yicai Global, Aug 2025"],
    ["zh", "2025-08", "Yicai Global，2025年8月"],
    ["en", "not printed (2025)", "Yicai Global, not printed (2025)"],
  ] as const)("on a %s page, the date %s reads “%s”", (lang, date, text) => {
    const { container } = renderIn(lang, <SourceLink name="Yicai Global" url="https://example.org/a" date={date} />);
    expect(container.textContent).toBe(text);
  });

  it("a date that is not a date is data text, marked with its language on a Chinese page", () => {
    renderIn("zh", <SourceLink name="第一财经" url="" date="not printed (2025)" />);
    expect(screen.getByText("not printed (2025)").getAttribute("lang")).toBe("en");
  });

  it("the national page's citation marks its source's language too, and leaves out “not printed”", () => {
    const { container } = renderIn("zh", <Cite name="Xinhua" date="not printed" url="https://example.org/x" />);
    expect(screen.getByRole("link", { name: "Xinhua" }).getAttribute("lang")).toBe("en");
    expect(container.textContent).toBe("Xinhua");
  });
});
