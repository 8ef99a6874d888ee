/**
 * The 12 key high-debt regions the State Council named in 2023 (Document No. 47), in the brief's
 * order, as ISO 3166-2 codes: what the tests expect the data to say, written once here rather than
 * in each test. (Inner Mongolia left in Aug 2025 and Jilin in Jan 2026; at end-2024 all 12 are listed.)
 */
export const KEY_REGIONS_2023 = [
  "CN-TJ",
  "CN-NM",
  "CN-LN",
  "CN-JL",
  "CN-HL",
  "CN-GX",
  "CN-CQ",
  "CN-GZ",
  "CN-YN",
  "CN-GS",
  "CN-QH",
  "CN-NX",
] as const;
