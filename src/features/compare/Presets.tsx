/** The preset buttons: each replaces the compared provinces with a named group. */
import type { AtlasIndex } from "../../data/atlas-index";
import { METRICS, type MetricId } from "../../data/metrics";
import { periodById } from "../../data/periods";
import { periodPhrase } from "../../data/series";
import { formatPartialDate, safeHref } from "../../ui/format";
import { closestPeers, peerAnchor } from "./lib/peers";
import { allProvinces, keyRegionPreset, MACRO_REGIONS, macroRegionMembers } from "./lib/presets";

interface Props {
  index: AtlasIndex;
  compare: string[];
  region: string | null;
  metric: MetricId;
  periodId: string;
  onPick: (codes: string[]) => void;
}

export function Presets({ index, compare, region, metric, periodId, onPick }: Props) {
  const period = periodById(periodId);
  const when = period ? periodPhrase(period) : periodId;
  const key = keyRegionPreset(index.covered, index.data.keyRegions, period?.date ?? periodId);
  const anchorIso = peerAnchor(region, compare);
  const anchor = anchorIso ? index.provinceByIso.get(anchorIso) : undefined;
  const peers = anchorIso ? closestPeers(index, metric, periodId, anchorIso) : null;
  const source = index.data.macroRegionSource;
  const current = compare.join();
  const button = (label: string, codes: string[], disabled = false, key?: string) => (
    <button key={key} type="button" className={codes.join() === current && codes.length > 0 ? "active" : undefined} disabled={disabled} onClick={() => onPick(codes)}>
      {label}
    </button>
  );
  return (
    <div className="compare-presets">
      <div role="group" aria-label="Presets" className="compare-preset-buttons">
        {button("Key regions", key.codes)}
        {button("All 31", allProvinces(index.covered))}
        {MACRO_REGIONS.map((m) => button(m.label, macroRegionMembers(index.covered, m.id), false, m.id))}
        {button("Closest peers", peers?.ok ? [peers.anchor, ...peers.peers.map((p) => p.iso)] : [], !peers?.ok)}
      </div>
      <ul className="compare-hints">
        <li>
          Key regions: {key.basis === "members" ? `the ${key.codes.length} on the list at ${when}` : `the ${key.codes.length} named when the list was drawn (${formatPartialDate(key.listedFrom?.slice(0, 7) ?? null)}); at ${when} there was no list yet`}.
        </li>
        <li>
          Closest peers:{" "}
          {!anchor
            ? "choose a province first; its five nearest provinces by the metric are added."
            : peers?.ok
              ? `the ${peers.peers.length} provinces nearest ${anchor.nameEn} by ${METRICS[metric].label.toLowerCase()} at ${when}.`
              : `unavailable. ${peers?.ok === false ? peers.reason : ""}`}
        </li>
        {source && (
          <li>
            East, Central, West, Northeast: as the{" "}
            {safeHref(source.url) ? <a href={safeHref(source.url)!}>National Bureau of Statistics defines them ({source.date.slice(0, 4)})</a> : `National Bureau of Statistics defines them (${source.date.slice(0, 4)})`}.
          </li>
        )}
      </ul>
    </div>
  );
}
