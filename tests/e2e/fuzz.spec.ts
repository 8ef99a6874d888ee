/**
 * Browser-level fuzzing of the link: ~40 random and hostile query strings (fast-check, fixed seed,
 * so a failure reproduces) opened one after another in one page. Whatever a link carries, the
 * atlas draws a valid view, throws nothing, logs no error, opens no dialog, runs and inserts
 * nothing from the link, asks no other origin for anything, and lists what it ignored as text.
 * The generators and the check live in fuzz-urls.ts.
 */
import { expect, test } from "@playwright/test";
import type { AtlasData, EventRecord } from "../../src/data/atlas-types";
import { checkLink, hostileQueries, KNOWN_PARAMS, watchPage } from "./fuzz-urls";

const SEED = 20_251_123;
const LINKS = 40;

test("forty random and hostile links each open a valid view, safely", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const data = (await (await page.request.get("generated/atlas-data.json")).json()) as AtlasData;
  const events = (await (await page.request.get("generated/events.json")).json()) as EventRecord[];
  const regions = new Set(data.provinces.filter((p) => p.inScope).map((p) => p.iso));
  expect(regions.size).toBe(31);

  const queries = hostileQueries(
    LINKS,
    SEED,
    events.map((e) => e.id),
  );
  expect(queries).toHaveLength(LINKS);
  // Every parameter the atlas reads is among the names tried.
  for (const name of KNOWN_PARAMS)
    expect(
      queries.some((q) => q.startsWith(`${name}=`) || q.includes(`&${name}=`)),
      name,
    ).toBe(true);

  const watch = await watchPage(page);
  const origin = new URL(baseURL!).origin;
  const failures: string[] = [];
  for (const query of queries) {
    const problems = await checkLink(page, watch, query, { origin, regions });
    if (problems.length) failures.push(`?${query.slice(0, 200)}\n    ${problems.join("\n    ")}`);
  }
  expect(failures, failures.join("\n")).toEqual([]);
});
