/**
 * "Closest peers": the provinces whose value of the metric, for the period shown, lies nearest the
 * anchor's. Only provinces with a value take part; a missing value is never treated as zero.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import { metricValue } from "../../../data/metric-values";
import type { MetricId } from "../../../data/metrics";
import { provinceName } from "../../../i18n/domain";
import type { Lang } from "../../../i18n/lang";
import { compareMessages } from "../messages";

export const PEER_COUNT = 5;

export interface Peer {
  iso: string;
  value: number;
  /** |peer value − anchor value|, in the metric's unit. */
  distance: number;
}

export type PeersResult =
  { ok: true; anchor: string; anchorValue: number; peers: Peer[] } | { ok: false; reason: string };

/** The reason when there are no peers is worded in `lang`. */
export function closestPeers(
  index: AtlasIndex,
  metric: MetricId,
  periodId: string,
  anchorIso: string,
  k = PEER_COUNT,
  lang: Lang = "en",
): PeersResult {
  const t = compareMessages[lang];
  const anchor = index.provinceByIso.get(anchorIso);
  if (!anchor?.inScope) return { ok: false, reason: t.peersNotCovered(anchorIso) };
  const own = metricValue(index, anchor.adcode, metric, periodId, lang);
  if (!own.ok) {
    const name = provinceName(anchor, lang);
    return {
      ok: false,
      reason: t.peersNoValue(name, own.reason),
    };
  }
  const peers: Peer[] = [];
  for (const p of index.covered) {
    if (p.iso === anchorIso) continue;
    const v = metricValue(index, p.adcode, metric, periodId);
    if (v.ok) peers.push({ iso: p.iso, value: v.value, distance: Math.abs(v.value - own.value) });
  }
  // Ties go to the province listed first in the data, so the same link always gives the same peers.
  const order = new Map(index.covered.map((p, k) => [p.iso, k]));
  peers.sort((a, b) => a.distance - b.distance || order.get(a.iso)! - order.get(b.iso)!);
  return { ok: true, anchor: anchorIso, anchorValue: own.value, peers: peers.slice(0, k) };
}

/** The anchor the preset uses: the region in the URL, else the first province compared. */
export function peerAnchor(region: string | null, compare: string[]): string | null {
  return region ?? compare[0] ?? null;
}
