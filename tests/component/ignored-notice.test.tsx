// @vitest-environment jsdom
/**
 * The ignored-settings notice says why, in the reader's language: a Chinese reader who opens a
 * bad link reads the reason in Chinese, an English reader in English, from the same parse.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/react";
import { IgnoredNotice } from "../../src/app/IgnoredNotice";
import { LangProvider } from "../../src/i18n/context";
import { parseView } from "../../src/state/view-state";

afterEach(cleanup);
const REGIONS = new Set(["CN-NM", "CN-GZ"]);

describe("IgnoredNotice", () => {
  it.each([
    [
      "en",
      "?v=2&m=gdp&zoom=3",
      ["m = gdp: not a metric (balance, debt_gdp, debt_revenue, lgfv, lgfv_gdp)", "zoom = 3: unknown parameter"],
    ],
    [
      "zh",
      "?v=2&m=gdp&zoom=3",
      ["m = gdp: 不是有效的指标（balance、debt_gdp、debt_revenue、lgfv、lgfv_gdp）", "zoom = 3: 未知参数"],
    ],
    ["zh", `?v=2&q=${"x".repeat(120)}`, ["已截短为100个字符"]],
  ] as const)("in %s, %s says what was ignored and why", (lang, link, lines) => {
    const { ignored } = parseView(link, REGIONS);
    const { container } = render(
      <LangProvider lang={lang}>
        <IgnoredNotice ignored={ignored} onDismiss={() => {}} />
      </LangProvider>,
    );
    const items = [...container.querySelectorAll("li")].map((li) => li.textContent);
    for (const line of lines) expect(items.some((item) => item?.includes(line))).toBe(true);
  });
});
