/**
 * Link versions. A link states its version in `v`; links from before versioning (the first
 * release: r, m, y only) have none and count as version 1. Each migration rewrites one version's
 * parameters into the next, so a link made with any earlier release still opens its view.
 * Add a step here whenever a parameter is renamed or changes meaning, and also when a default
 * changes: defaults are omitted from links, so if the default period moves on (say to 2025), the
 * step for older versions must write the old default (y=2024) into links that did not state it.
 */
import type { IgnoredParam } from "./ignored";
import { VERSION_PARAM } from "./url-params";

export const CURRENT_VERSION = 2;

interface Migration {
  from: number;
  describe: string;
  apply: (params: URLSearchParams) => URLSearchParams;
}

export const MIGRATIONS: Migration[] = [
  {
    // Version 1 (the first release) had only r, m and y with today's meanings. Version 2 adds
    // view, theme and the embed flags; nothing to rename, so a v1 link keeps its parameters.
    from: 1,
    describe: "first release (r, m, y)",
    apply: (params) => new URLSearchParams(params),
  },
];

export function migrate(input: URLSearchParams): {
  params: URLSearchParams;
  from: number | null;
  ignored: IgnoredParam[];
} {
  const raw = input.get(VERSION_PARAM);
  const ignored: IgnoredParam[] = [];
  let version: number;
  if (raw === null) version = [...input.keys()].length > 0 ? 1 : CURRENT_VERSION;
  else if (/^\d{1,3}$/.test(raw.trim())) version = Number(raw.trim());
  else {
    ignored.push({ name: VERSION_PARAM, value: raw.slice(0, 40), reason: "not_version" });
    version = CURRENT_VERSION;
  }
  if (version > CURRENT_VERSION) {
    ignored.push({ name: VERSION_PARAM, value: String(version), reason: "newer_version" });
    version = CURRENT_VERSION;
  }
  const from = version < CURRENT_VERSION ? version : null;
  let params = new URLSearchParams(input);
  params.delete(VERSION_PARAM);
  for (const step of MIGRATIONS) if (step.from >= version && step.from < CURRENT_VERSION) params = step.apply(params);
  return { params, from, ignored };
}
