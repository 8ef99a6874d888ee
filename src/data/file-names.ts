/**
 * The generated files the map's first view needs, named once: the queries fetch them and the page's
 * entry (app/entry.ts) starts their download as soon as the drawn page is on screen.
 */
export const ATLAS_FILE = "atlas-data.json";
export const GEOMETRY_FILE = "china-provinces.map.json";
/** The list of data releases (data/releases.ts): what a pinned link reads before its data. */
export const RELEASES_FILE = "releases.json";
