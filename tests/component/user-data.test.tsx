// @vitest-environment jsdom
/**
 * "Your data" in jsdom: the dialog (file in, progress, summary, problems, show on map) and the map
 * of the analyst's values. jsdom has no Worker, so the store is given a parser that runs the same
 * pure reader (src/features/user-data/lib/user-csv-reader.ts) on the page's thread; the worker wrapper itself is exercised
 * by the browser test (tests/e2e/user-data.spec.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ProvinceRef } from "../../src/features/user-data/lib/user-csv-format";
import { createUserCsvReader } from "../../src/features/user-data/lib/user-csv-reader";
import { LangProvider } from "../../src/i18n/context";
import type { Lang } from "../../src/i18n/lang";
import { buildGeometry } from "../../src/geo/map-geometry";
import type { ProjectedMap } from "../../src/geo/province-map";
import { userBreaks } from "../../src/features/user-data/lib/user-map";
import type { ParseFile, ParseHandle } from "../../src/features/user-data/parse-in-worker";
import type { ParseOutcome, ParseProgress } from "../../src/features/user-data/protocol";
import { createUserDataStore, type UserDataStore } from "../../src/features/user-data/store";
import { UserDataDialog } from "../../src/features/user-data/UserDataDialog";
import { UserDataView } from "../../src/features/user-data/UserDataView";
import { realIndex } from "../support/real-data";

const index = realIndex();
const provinces = index.data.provinces;
const geometry = buildGeometry(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../public/generated/china-provinces.map.json"), "utf8"),
  ) as ProjectedMap,
);

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute("open");
  };
});
afterEach(cleanup);

/** Runs the pure reader on the page's thread, on the file's bytes in small chunks, as the worker does. */
const inlineParse: ParseFile = (file, refs) => ({
  done: file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    const reader = createUserCsvReader(refs);
    for (let at = 0; at < bytes.length; at += 7) reader.pushBytes(bytes.subarray(at, at + 7));
    const result = reader.finish();
    return { result, breaks: userBreaks(result.data.values) };
  }),
  cancel: () => {},
});

/** A parse the test drives by hand: progress when it says, finished when it says. */
function manualParse() {
  const calls: {
    progress: (p: ParseProgress) => void;
    finish: (o: ParseOutcome) => void;
    cancel: ReturnType<typeof vi.fn>;
  }[] = [];
  const parse: ParseFile = (_file, _refs, onProgress): ParseHandle => {
    let finish!: (o: ParseOutcome) => void;
    const done = new Promise<ParseOutcome>((resolve) => (finish = resolve));
    const cancel = vi.fn();
    calls.push({ progress: onProgress, finish, cancel });
    return { done, cancel };
  };
  return { parse, calls };
}

function csv(name: string, text: string) {
  return new File([text], name, { type: "text/csv" });
}

function renderDialog(store: UserDataStore, lang: Lang = "en") {
  const onClose = vi.fn();
  render(
    <LangProvider lang={lang}>
      <UserDataDialog open onClose={onClose} provinces={provinces as ProvinceRef[]} store={store} />
    </LangProvider>,
  );
  return { onClose, dialog: screen.getByRole("dialog") };
}

const SMALL =
  'region,period,value,source\nCN-GZ,2024,1234.5,NBS\nAtlantis,2024,3,x\n贵州,2023,,MoF\nSichuan,2024,"2,000",<img src=x onerror=alert(1)>\n';

describe("the Your data dialog", () => {
  it("reads a file, counts and lists the rejected rows by row and column, and puts the data on the map", async () => {
    const store = createUserDataStore(async () => inlineParse);
    const { onClose, dialog } = renderDialog(store);
    await userEvent.upload(within(dialog).getByLabelText("CSV file"), csv("mine.csv", SMALL));
    await waitFor(() => expect(within(dialog).getByText("4 rows read, 2 rejected")).toBeTruthy());
    const table = within(dialog).getByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["3", "region", '"Atlantis" is not a province: use a code (CN-GZ, 520000) or a name (Guizhou, 贵州)'],
      ["4", "value", "Missing value: the row is not used (missing values are never filled in)"],
    ]);
    expect(within(dialog).getByText(/2 values for 2 provinces and 1 period/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Show on map" }));
    expect(store.getState().showing).toBe(true);
    expect(store.getState().period).toBe("2024");
    expect(onClose).toHaveBeenCalled();
  });

  it("shows progress while reading and cancels on request", async () => {
    const { parse, calls } = manualParse();
    const store = createUserDataStore(async () => parse);
    const { dialog } = renderDialog(store);
    await userEvent.upload(within(dialog).getByLabelText("CSV file"), csv("big.csv", "x".repeat(1000)));
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0].progress({ bytesRead: 250, total: 1000, rows: 12_345 }));
    const bar = within(dialog).getByRole("progressbar", { name: "Reading progress" });
    expect(bar.getAttribute("value")).toBe("25");
    expect(within(dialog).getByText("25% · 12,345 rows so far")).toBeTruthy();
    expect(within(dialog).getByText("Reading big.csv…")).toBeTruthy();
    await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(calls[0].cancel).toHaveBeenCalledTimes(1);
    expect(within(dialog).queryByRole("progressbar")).toBeNull();
    expect(within(dialog).getByText("Reading cancelled.")).toBeTruthy();
    // A late answer from the cancelled read changes nothing.
    await act(async () => calls[0].finish({ result: createUserCsvReader(provinces).finish(), breaks: [] }));
    expect(store.getState().loaded).toBeNull();
  });

  it("a new file replaces a read under way", async () => {
    const { parse, calls } = manualParse();
    const store = createUserDataStore(async () => parse);
    const { dialog } = renderDialog(store);
    const input = within(dialog).getByLabelText("CSV file");
    await userEvent.upload(input, csv("first.csv", "a"));
    await userEvent.upload(input, csv("second.csv", "b"));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0].cancel).toHaveBeenCalled();
    expect(within(dialog).getByText("Reading second.csv…")).toBeTruthy();
  });

  it("says clearly why a file cannot be used, and offers nothing to show", async () => {
    const store = createUserDataStore(async () => inlineParse);
    const { dialog } = renderDialog(store);
    const input = within(dialog).getByLabelText("CSV file");
    const cases: [File, RegExp][] = [
      [csv("empty.csv", ""), /empty\.csv could not be used\. The file is empty\./],
      [csv("header.csv", "region,period,value\n"), /The file has a header but no data rows\./],
      [csv("cols.csv", "province,year,amount\nCN-GZ,2024,1\n"), /Not found: region, period, value\./],
      [
        new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])], "renamed-zip.csv"),
        /not a text file|not UTF-8/,
      ],
    ];
    for (const [file, message] of cases) {
      await userEvent.upload(input, file);
      await waitFor(() => expect(within(dialog).getByRole("status").textContent).toMatch(message));
      expect((within(dialog).getByRole("button", { name: "Show on map" }) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it("lists the first 200 problems and says how many more there are", async () => {
    const store = createUserDataStore(async () => inlineParse);
    const { dialog } = renderDialog(store);
    const bad = Array.from({ length: 250 }, (_, k) => `Nowhere,2024,${k}`).join("\n");
    await userEvent.upload(within(dialog).getByLabelText("CSV file"), csv("bad.csv", `region,period,value\n${bad}\n`));
    await waitFor(() => expect(within(dialog).getByText("250 rows read, 250 rejected")).toBeTruthy());
    expect(within(within(dialog).getByRole("table")).getAllByRole("row")).toHaveLength(201);
    expect(within(dialog).getByText("…and 50 more problems not listed here.")).toBeTruthy();
  });

  it("speaks Chinese to a Chinese reader", async () => {
    const store = createUserDataStore(async () => inlineParse);
    const { dialog } = renderDialog(store, "zh");
    expect(within(dialog).getByRole("heading", { name: "你的数据" })).toBeTruthy();
    await userEvent.upload(within(dialog).getByLabelText("CSV文件"), csv("mine.csv", SMALL));
    await waitFor(() => expect(within(dialog).getByText("已读取4行，拒绝2行")).toBeTruthy());
    expect(within(dialog).getByText(/“Atlantis”不是省份/)).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "在地图上显示" })).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/rows read|rejected|Show on map|Problem/);
  });
});

describe("the map of the analyst's data", () => {
  async function loadedStore(text: string) {
    const store = createUserDataStore(async () => inlineParse);
    store.open(csv("mine.csv", text), provinces);
    await waitFor(() => expect(store.getState().loaded).not.toBeNull());
    store.show();
    return store;
  }

  it("colours provinces by the file's values, marks the rest as missing, and says whose data it is", async () => {
    const store = await loadedStore(SMALL);
    const { container } = render(
      <UserDataView index={index} geometry={geometry} selected={null} onSelect={() => {}} store={store} />,
    );
    expect(
      screen.getAllByText("Your data: mine.csv (not from the atlas's sources; not in shared links)").length,
    ).toBeGreaterThan(0);
    const gz = container.querySelector('[data-region="CN-GZ"]')!;
    expect(gz.getAttribute("data-value")).toBe("1234.5");
    expect(gz.getAttribute("aria-label")).toBe("Guizhou (贵州): 1,234.5 (your data)");
    expect(container.querySelector('[data-region="CN-SC"]')!.getAttribute("data-value")).toBe("2000");
    const bj = container.querySelector('[data-region="CN-BJ"]')!;
    expect(bj.getAttribute("data-value")).toBe("");
    // Its fill (styles.css: .province reads --fill): the no-data dots.
    expect((bj as SVGPathElement).style.getPropertyValue("--fill")).toBe("url(#pattern-no-data)");
    expect(bj.getAttribute("aria-label")).toBe("Beijing (北京): no value in your file");
    // No key-region marks: those are the atlas's, not the file's.
    expect(container.querySelectorAll('[data-key-region="true"]')).toHaveLength(0);
    // The chart's table holds the file's text as text: the markup in the source is not an element.
    const figure = container.querySelector('figure[data-chart="user-data-chart"]')!;
    expect(figure.getAttribute("data-drawn")).toBe("true");
    expect(within(figure as HTMLElement).getByText("<img src=x onerror=alert(1)>")).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
  });

  it("changes period with the period control and goes back to the atlas's data", async () => {
    const store = await loadedStore(SMALL.replace("贵州,2023,,MoF", "贵州,2023,77,MoF"));
    const { container } = render(
      <UserDataView index={index} geometry={geometry} selected={null} onSelect={() => {}} store={store} />,
    );
    await userEvent.selectOptions(screen.getByLabelText("Period"), "2023");
    expect(container.querySelector('[data-region="CN-GZ"]')!.getAttribute("data-value")).toBe("77");
    expect(container.querySelector('[data-region="CN-SC"]')!.getAttribute("data-value")).toBe("");
    await userEvent.click(screen.getByRole("button", { name: "Back to atlas data" }));
    expect(store.getState().showing).toBe(false);
    expect(store.getState().loaded).not.toBeNull();
  });

  it("labels the map in Chinese for a Chinese reader", async () => {
    const store = await loadedStore(SMALL);
    const { container } = render(
      <LangProvider lang="zh">
        <UserDataView index={index} geometry={geometry} selected={null} onSelect={() => {}} store={store} />
      </LangProvider>,
    );
    expect(screen.getAllByText("你的数据：mine.csv（非本地图来源；不包含在分享链接中）").length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "返回地图数据" })).toBeTruthy();
    expect(container.querySelector('[data-region="CN-GZ"]')!.getAttribute("aria-label")).toBe(
      "贵州（Guizhou）：1,234.5（你的数据）",
    );
    expect(screen.getByRole("option", { name: "2024年" })).toBeTruthy();
  });
});
