// @vitest-environment jsdom
/** The Share dialog and the Download menu for a Chinese reader: their words, and what they hand over. */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ShareDialog } from "../../src/features/share/ShareDialog";
import { DownloadMenu } from "../../src/features/export/DownloadMenu";
import type { ExportContext } from "../../src/features/export/lib/export-context";
import { LangProvider } from "../../src/i18n/context";
import { DEFAULT_VIEW, parseView, type ViewState } from "../../src/state/view-state";
import { realIndex } from "../support/real-data";
import { realReleases, withQuery } from "../support/with-query";
import { englishWords } from "../support/zh";

const index = realIndex();
const known = new Set(index.data.provinces.map((p) => p.iso));

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Latin words left in the element's text (not in form values), file formats aside. */
const englishIn = (el: Element) => englishWords(el, ["PNG", "SVG", "CSV"], "textarea");

describe("the Share dialog in Chinese", () => {
  const view: ViewState = { ...DEFAULT_VIEW, region: "CN-GS" };
  const renderDialog = () =>
    render(
      withQuery(
        <LangProvider lang="zh">
          <ShareDialog
            open
            onClose={() => {}}
            view={view}
            titleFor={(shown) => (shown.view === "region" ? "甘肃：地方政府债务余额" : "各省债务余额，2024年末")}
            regionName="甘肃"
            release={realReleases().current}
            onCopyImage={async () => "图片已复制"}
          />
        </LangProvider>,
      ),
    );

  it("speaks Chinese, theme names included", () => {
    renderDialog();
    const dialog = screen.getByRole("dialog", { name: "分享此视图" });
    expect(within(dialog).getByRole("option", { name: "甘肃：债务余额图" })).toBeTruthy();
    const theme = within(dialog).getByRole("combobox", { name: "嵌入主题" });
    expect([...theme.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
      "跟随读者的设置",
      "浅色",
      "深色",
      "投影",
    ]);
    expect(englishIn(dialog)).toEqual([]);
  });

  it("hands over a link and an embed that open in Chinese", () => {
    renderDialog();
    const link = (screen.getByRole("textbox", { name: "此视图的链接" }) as HTMLInputElement).value;
    expect(parseView(new URL(link).search, known).view).toEqual({ ...view, lang: "zh" });
    const code = (screen.getByRole("textbox", { name: "嵌入代码" }) as HTMLTextAreaElement).value;
    const src = /src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, "&");
    const embedded = parseView(new URL(src).search, known);
    expect(embedded.view.lang).toBe("zh");
    expect(embedded.flags.embed).toBe(true);
    expect(code).toContain('title="各省债务余额，2024年末"');
  });

  it("titles the embed code as what it shows: the province's chart once it is chosen, not the map", async () => {
    const user = userEvent.setup();
    renderDialog();
    const code = () => (screen.getByRole("textbox", { name: "嵌入代码" }) as HTMLTextAreaElement).value;
    expect(code()).toContain('title="各省债务余额，2024年末"');
    await user.selectOptions(
      screen.getByRole("option", { name: "甘肃：债务余额图" }).closest("select")!,
      screen.getByRole("option", { name: "甘肃：债务余额图" }),
    );
    expect(code()).toContain('title="甘肃：地方政府债务余额"');
    expect(code()).toContain("view=region");
  });

  it("pins the embed to the data release by default, the link only when asked, and says what that means", async () => {
    const user = userEvent.setup();
    renderDialog();
    const current = realReleases().current;
    const dialog = screen.getByRole("dialog", { name: "分享此视图" });
    const [pinLink, pinEmbed] = within(dialog).getAllByRole("checkbox", { name: `固定于此数据版本（${current}）` });
    const link = () => new URL((screen.getByRole("textbox", { name: "此视图的链接" }) as HTMLInputElement).value);
    const embed = () => {
      const code = (screen.getByRole("textbox", { name: "嵌入代码" }) as HTMLTextAreaElement).value;
      return new URL(/src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, "&"));
    };
    expect((pinLink as HTMLInputElement).checked).toBe(false);
    expect((pinEmbed as HTMLInputElement).checked).toBe(true);
    expect(link().searchParams.has("vintage")).toBe(false);
    expect(embed().searchParams.get("vintage")).toBe(current);
    expect(pinEmbed.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(pinEmbed.getAttribute("aria-describedby")!)!.textContent).toContain(
      `数据修订后仍显示 ${current} 版本的数字`,
    );
    await user.click(pinLink);
    expect(link().searchParams.get("vintage")).toBe(current);
    expect(parseView(link().search, known).view.vintage).toBe(current);
    await user.click(pinEmbed);
    expect(embed().searchParams.has("vintage")).toBe(false);
    expect(document.getElementById(pinEmbed.getAttribute("aria-describedby")!)!.textContent).toContain("最新");
    expect(englishIn(dialog)).toEqual([]);
  });

  it("says in Chinese that the link was copied", async () => {
    const user = userEvent.setup();
    renderDialog();
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    await user.click(screen.getByRole("button", { name: "复制链接" }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("lang=zh"));
    expect(screen.getByRole("status").textContent).toBe("已复制。");
  });
});

describe("the Download menu in Chinese", () => {
  const context = (patch: Partial<ExportContext> = {}): ExportContext => ({
    index,
    view: DEFAULT_VIEW,
    subject: "map",
    theme: "light",
    transparent: false,
    permalink: "https://example.org/?v=2&lang=zh",
    lang: "zh",
    ...patch,
  });

  it("offers the downloads in Chinese", () => {
    render(
      <LangProvider lang="zh">
        <DownloadMenu context={() => context()} />
      </LangProvider>,
    );
    const menu = document.querySelector("details")!;
    expect(menu.querySelector("summary")!.textContent).toBe("下载");
    expect(
      within(menu)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["下载PNG", "下载幻灯片（16:9）", "下载SVG", "下载CSV", "下载PowerPoint（.pptx）"]);
  });

  it("saves a Chinese CSV under an ASCII name, and says so in Chinese", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:test";
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(
      <LangProvider lang="zh">
        <DownloadMenu context={() => context()} />
      </LangProvider>,
    );
    await user.click(screen.getByRole("button", { name: "下载CSV" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^已保存 /));
    const name = screen.getByRole("status").textContent!.replace("已保存 ", "");
    expect(name).toMatch(/^[a-z0-9_.-]+_zh\.csv$/);
    expect(clicked).toHaveBeenCalled();
    const text = await blobs[0].text();
    const header = text
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      .split(",");
    expect(header).toContain("债务余额（亿元）");
    expect(header).toContain("地区代码");
  });

  it("says in Chinese why an image cannot be made yet", async () => {
    const user = userEvent.setup();
    render(
      <LangProvider lang="zh">
        <DownloadMenu
          context={() => context({ subject: "compare", view: { ...DEFAULT_VIEW, view: "compare", compare: [] } })}
        />
      </LangProvider>,
    );
    await user.click(screen.getByRole("button", { name: "下载PNG" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^无法导出：/));
    expect(englishIn(screen.getByRole("status"))).toEqual([]);
  });
});
