/**
 * The shape of one URL parameter, the small readers the table (url-params.ts) builds its entries
 * from, and what is derived from a table (its state type, defaults and slots). Pure. A parameter reads its own value only; rules across parameters (a reversed
 * date range) are the table's VIEW_RULES.
 */
import type { IgnoredReason } from "./ignored";

/** What the notice says about one value. */
export interface Problem {
  reason: IgnoredReason;
  /** Shown instead of the link's value: a list's dropped items. */
  shown?: string;
}

/**
 * Reading one value: the value to use, or why there is none. A value can be used and still be
 * worth a word (a list with some bad codes, a search cut short), hence `problem` on both sides.
 */
export type Reading<T> = { ok: true; value: T; problem?: Problem } | { ok: false; problem: Problem };

export interface ParseContext {
  /** The ISO codes a region may take (the covered provinces). */
  regions: ReadonlySet<string>;
}

export interface UrlParam<T, N extends string = string> {
  /** The public name in links: short, and never renamed without a step in migrations.ts. */
  name: N;
  /** What the view holds when the link does not say; never written into a link. */
  default: T;
  /** Reads the value (already trimmed); lenient: anything it cannot use becomes a Problem. */
  parse(value: string, ctx: ParseContext): Reading<T>;
  /**
   * The value as the link writes it; "" (or the default's text) leaves the parameter out. NoInfer:
   * the value's type comes from the default and parse, not from a writer that takes any string.
   */
  write(value: NoInfer<T>): string;
}

/** Declares a table entry; a function only so the name keeps its literal type. */
export const param = <T, N extends string>(entry: UrlParam<T, N>): UrlParam<T, N> => entry;

export const accept = <T>(value: T): Reading<T> => ({ ok: true, value });
export const reject = (reason: IgnoredReason): Reading<never> => ({ ok: false, problem: { reason } });

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * A comma-separated list: keeps the items `keep` accepts (first occurrence, in the link's order)
 * and names the others, so one bad code does not cost the reader the whole list.
 */
export function readList<T extends string>(
  items: string[],
  keep: (item: string) => item is T,
  reason: IgnoredReason,
): Reading<T[]> {
  const listed = items.map((i) => i.trim()).filter(Boolean);
  const bad = listed.filter((i) => !keep(i));
  const value = [...new Set(listed.filter(keep))];
  return bad.length ? { ok: true, value, problem: { reason, shown: bad.join(",") } } : { ok: true, value };
}

/** A render flag: 1 turns it on, 0 (or nothing) leaves it off. */
export const flag = <N extends string>(name: N) =>
  param({
    name,
    default: false,
    parse: (value) => (value === "1" ? accept(true) : value === "0" ? accept(false) : reject("not_flag")),
    write: (on: boolean) => (on ? "1" : ""),
  });

type ValueOf<P> = P extends UrlParam<infer T> ? T : never;
// UrlParam<unknown> holds any entry: its value sits only in covariant places and write is a method.
type Table = Record<string, UrlParam<unknown>>;
/** The state a table describes: each field holds its entry's value type. */
export type StateOf<P extends Table> = { -readonly [K in keyof P]: ValueOf<P[K]> };
export type NameOf<P extends Table> = P[keyof P]["name"];

export function defaultsOf<P extends Table>(table: P): StateOf<P> {
  // Object.fromEntries forgets which value goes with which key; the table's own typing holds it.
  return Object.fromEntries(Object.entries(table).map(([field, p]) => [field, p.default])) as StateOf<P>;
}

/** One parameter where the parser and serialiser find it: in the view or in the render flags. */
export interface ParamSlot {
  name: string;
  target: "view" | "flags";
  field: string;
  // A slot is read and written only through its own entry, so its value type need not be known here.
  param: UrlParam<unknown>;
}

export const slotsOf = (target: ParamSlot["target"], table: Table): ParamSlot[] =>
  Object.entries(table).map(([field, p]) => ({ name: p.name, target, field, param: p }));
