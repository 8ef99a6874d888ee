/**
 * The rules for one row of the analyst's CSV, field by field (region, period, value) and for its
 * header: which column plays which role. Each check takes the text as written and returns the value
 * or the reason it is refused, never throws. The rules themselves are spelled out in
 * user-csv-format.ts; the tests (tests/unit/user-csv.test.ts) go through them case by case.
 */
import { COLUMN_NAMES, USER_CSV_LIMITS, type FatalError, type ProvinceRef, type Role } from "./user-csv-format";

const REQUIRED: readonly Role[] = ["region", "period", "value"];

/** Spellings are compared without case, spaces or width differences (full-width letters read as their ASCII forms). */
export const normaliseKey = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** A spelling names a covered province (its column in the grid) or one the atlas does not cover. */
export type RegionMatch = { kind: "covered"; index: number } | { kind: "not-covered" };

/** Every accepted spelling of every province; a spelling shared by two provinces is dropped. */
export function regionLookup(provinces: readonly ProvinceRef[]): Map<string, RegionMatch> {
  const covered = provinces.filter((p) => p.inScope);
  const table = new Map<string, RegionMatch | null>();
  const add = (key: string, match: RegionMatch, owner: string, owners: Map<string, string>) => {
    if (key === "") return;
    const previous = owners.get(key);
    if (previous !== undefined && previous !== owner) table.set(key, null);
    else if (previous === undefined) {
      owners.set(key, owner);
      table.set(key, match);
    }
  };
  const owners = new Map<string, string>();
  for (const p of provinces) {
    const match: RegionMatch = p.inScope ? { kind: "covered", index: covered.indexOf(p) } : { kind: "not-covered" };
    for (const name of [p.iso, p.adcode, p.nameEn, p.nameZh, p.nameZhFull, p.nameLatin])
      add(normaliseKey(name), match, p.adcode, owners);
  }
  const out = new Map<string, RegionMatch>();
  for (const [key, match] of table) if (match) out.set(key, match);
  return out;
}

export type PeriodCheck =
  { ok: true; period: string } | { ok: false; kind: "missing-period" | "bad-period" | "period-range" };

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function checkPeriod(raw: string): PeriodCheck {
  const text = raw.trim();
  if (text === "") return { ok: false, kind: "missing-period" };
  const m = PERIOD.exec(text);
  if (!m) return { ok: false, kind: "bad-period" };
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, kind: "bad-period" };
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      if (day < 1 || day > days) return { ok: false, kind: "bad-period" };
    }
  }
  if (year < 1900 || year > 2100) return { ok: false, kind: "period-range" };
  return { ok: true, period: text };
}

export type ValueCheck =
  { ok: true; value: number } | { ok: false; kind: "missing-value" | "bad-value" | "not-finite" };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

export function checkValue(raw: string): ValueCheck {
  const text = raw.trim();
  if (text === "") return { ok: false, kind: "missing-value" };
  let value: number;
  if (PLAIN_NUMBER.test(text)) value = Number(text);
  else if (GROUPED_NUMBER.test(text)) value = Number(text.replace(/,/g, ""));
  else return { ok: false, kind: "bad-value" };
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, kind: "not-finite" };
}

export type SourceCheck = { ok: true; source: string } | { ok: false; kind: "source-too-long" };

/** The source is kept as written (trimmed), never interpreted; only its length is limited. */
export function checkSource(raw: string): SourceCheck {
  const source = raw.trim();
  return source.length > USER_CSV_LIMITS.maxSourceChars ? { ok: false, kind: "source-too-long" } : { ok: true, source };
}

/** The header as written (trimmed) and the role each column plays (null: ignored). */
export interface UserCsvHeader {
  roles: (Role | null)[];
  columns: string[];
}

/** Which role each header column plays, or why the header cannot be used. */
export function readHeader(
  fields: readonly string[],
): ({ ok: true } & UserCsvHeader) | { ok: false; error: FatalError } {
  const columns = fields.map((f) => f.trim());
  const roles: (Role | null)[] = [];
  const seen = new Map<Role, string>();
  for (const name of columns) {
    const key = name.normalize("NFKC").toLowerCase();
    const role = (Object.keys(COLUMN_NAMES) as Role[]).find((r) => COLUMN_NAMES[r].includes(key)) ?? null;
    if (role && seen.has(role)) return { ok: false, error: { kind: "duplicate-column", column: name } };
    if (role) seen.set(role, name);
    roles.push(role);
  }
  const missing = REQUIRED.filter((r) => !seen.has(r));
  if (missing.length > 0) return { ok: false, error: { kind: "missing-columns", missing } };
  return { ok: true, roles, columns };
}
