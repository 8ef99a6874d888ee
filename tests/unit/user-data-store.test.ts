/** The in-memory store behind "Your data": what it keeps, refuses and forgets. */
import { describe, expect, it, vi } from "vitest";
import { createUserCsvReader } from "../../src/features/user-data/lib/user-csv-reader";
import type { ParseFile } from "../../src/features/user-data/parse-in-worker";
import { createUserDataStore } from "../../src/features/user-data/store";
import { realIndex } from "../support/real-data";

const provinces = realIndex().data.provinces;

const textParse: ParseFile = (file, refs) => ({
  done: file.text().then((text) => {
    const reader = createUserCsvReader(refs);
    reader.pushText(text);
    return { result: reader.finish(), breaks: [] };
  }),
  cancel: () => {},
});

describe("the Your data store", () => {
  it("keeps a read file, opens it on its latest period, and shows only what it has", async () => {
    const store = createUserDataStore(async () => textParse);
    store.open(new File(["region,period,value\nCN-GZ,2023,1\nCN-GZ,2024-06,2\n"], "a.csv"), provinces);
    expect(store.getState().reading).toMatchObject({ fileName: "a.csv", bytesRead: 0, rows: 0 });
    await vi.waitFor(() => expect(store.getState().loaded).not.toBeNull());
    expect(store.getState().period).toBe("2024-06");
    store.setPeriod("1999");
    expect(store.getState().period).toBe("2024-06");
    store.setPeriod("2023");
    expect(store.getState().period).toBe("2023");
    store.show();
    expect(store.getState().showing).toBe(true);
    store.hide();
    expect(store.getState()).toMatchObject({ showing: false, period: "2023" });
    store.clear();
    expect(store.getState()).toEqual({ reading: null, loaded: null, cancelled: false, showing: false, period: null });
  });

  it("will not show a file with nothing usable", async () => {
    const store = createUserDataStore(async () => textParse);
    store.open(new File(["region,period,value\nNowhere,2024,1\n"], "bad.csv"), provinces);
    await vi.waitFor(() => expect(store.getState().loaded).not.toBeNull());
    store.show();
    expect(store.getState().showing).toBe(false);
  });

  it("refuses a file over the size limit without starting a read", async () => {
    const parse = vi.fn(async () => textParse);
    const store = createUserDataStore(parse);
    const huge = new File(["x"], "huge.csv");
    Object.defineProperty(huge, "size", { value: 201 * 1024 * 1024 });
    // Waits on the store's own change notice (the refusal), not on a timer.
    const changed = new Promise<void>((resolve) => store.subscribe(resolve));
    store.open(huge, provinces);
    await changed;
    expect(parse).not.toHaveBeenCalled();
    expect(store.getState().loaded?.result.fatal).toEqual({ kind: "too-large", limit: 200 * 1024 * 1024 });
  });

  it("says the file could not be read when the reader's code cannot load", async () => {
    const store = createUserDataStore(() => Promise.reject(new Error("offline")));
    store.open(new File(["region,period,value\n"], "a.csv"), provinces);
    await vi.waitFor(() => expect(store.getState().loaded?.result.fatal).toEqual({ kind: "unreadable" }));
    expect(store.getState().reading).toBeNull();
  });

  it("a new file takes the map back to the atlas's data until it is shown", async () => {
    const store = createUserDataStore(async () => textParse);
    store.open(new File(["region,period,value\nCN-GZ,2024,1\n"], "a.csv"), provinces);
    await vi.waitFor(() => expect(store.getState().loaded).not.toBeNull());
    store.show();
    store.open(new File(["region,period,value\nCN-SC,2024,1\n"], "b.csv"), provinces);
    expect(store.getState().showing).toBe(false);
    await vi.waitFor(() => expect(store.getState().loaded?.fileName).toBe("b.csv"));
  });
});
