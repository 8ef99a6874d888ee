/**
 * How far a fact's cited source can be trusted, where a source check found it wanting (the
 * `source_strength` columns of events.csv and national.csv, `listed_source_strength` and
 * `status_change_source_strength` of key_regions.csv; data/README.md says how each was set):
 *   weak              the fact rests on one weak source (a repost, mirror, AI summary, machine
 *                     translation, blog…) and no established source was found for it;
 *   partly_confirmed  an established source, now the citation, confirms part of the fact; the part
 *                     it does not confirm rests on the older, weak source (the notes say which).
 * Empty: not found wanting. Words for each are in ui/messages.ts. `as const` so the list is the union.
 */
export const SOURCE_STRENGTHS = ["weak", "partly_confirmed"] as const;
export type SourceStrength = (typeof SOURCE_STRENGTHS)[number];

export const isSourceStrength = (s: string): s is SourceStrength => (SOURCE_STRENGTHS as readonly string[]).includes(s);
