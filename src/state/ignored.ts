/**
 * What a link asked for that the atlas did not use, and why. Shared by the parameter table
 * (url-params.ts), the link migrations and the notice, so migrations.ts and view-state.ts need
 * not import each other (they once did, for this type). The reason is a code, never prose: its
 * words live in reason-messages.ts, in English and Chinese, and the type checker asks for both
 * whenever a code is added here.
 */
export const IGNORED_REASONS = [
  "unreadable",
  "unknown",
  "repeated",
  "not_view",
  "not_region",
  "not_regions",
  "not_metric",
  "not_period",
  "not_index_base",
  "not_change_base",
  "not_event_kinds",
  "not_date",
  "shortened",
  "not_event_id",
  "not_theme",
  "not_lang",
  "not_flag",
  "range_reversed",
  "region_missing",
  "not_prefecture",
  "prefecture_needs_region",
  "not_compare_level",
  "not_grade_floor",
  "not_prefecture_scope",
  "not_league_sort",
  "not_version",
  "newer_version",
  "too_many_slides",
  "not_slide",
  "not_slide_number",
  "no_such_slide",
  "present_needs_deck",
  "not_in_slide",
  "not_release",
] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface IgnoredParam {
  name: string;
  /**
   * What the notice repeats back, already made safe to show (shortValue): the link's value, or
   * for a list only the items that were dropped (the bad province codes, the unknown event kinds).
   */
  value: string;
  reason: IgnoredReason;
}

const MAX_SHOWN = 40;

/**
 * Characters a notice must not repeat: control characters (\p{Cc}: U+0000-001F, U+007F-009F), and
 * the invisible bidirectional marks, embeddings, overrides and isolates that would reorder the
 * text around them (U+202E would show the rest of the line backwards).
 */
const UNSHOWABLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Trim what a notice repeats back: it is shown as text, but a 10 kB value helps nobody. */
export function shortValue(value: string): string {
  const clean = value.replace(UNSHOWABLE, "?");
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}
