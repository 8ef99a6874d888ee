/** The preset buttons: each replaces the compared provinces with a named group. */
import type { AtlasIndex } from "../../data/atlas-index";
import type { MetricId } from "../../data/metrics";
import { periodById } from "../../data/periods";
import { periodPhrase } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo, provinceName } from "../../i18n/domain";
import { formatPartialDate, safeHref } from "../../ui/format";
import { closestPeers, PEER_COUNT, peerAnchor } from "./lib/peers";
import { allProvinces, keyRegionPreset, MACRO_REGIONS, macroRegionLabel, macroRegionMembers } from "./lib/presets";
import { compareMessages } from "./messages";

interface Props {
  index: AtlasIndex;
  compare: string[];
  region: string | null;
  metric: MetricId;
  periodId: string;
  onPick: (codes: string[]) => void;
}

export function Presets({ index, compare, region, metric, periodId, onPick }: Props) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  const period = periodById(periodId);
  const when = period ? periodPhrase(period, lang) : periodId;
  const key = keyRegionPreset(index.covered, index.data.keyRegions, period?.date ?? periodId);
  const anchorIso = peerAnchor(region, compare);
  const anchor = anchorIso ? index.provinceByIso.get(anchorIso) : undefined;
  const peers = anchorIso ? closestPeers(index, metric, periodId, anchorIso, PEER_COUNT, lang) : null;
  const source = index.data.macroRegionSource;
  const sourceHref = source ? safeHref(source.url) : null;
  const current = compare.join();
  const button = (label: string, codes: string[], disabled = false, key?: string) => (
    <button
      key={key}
      type="button"
      className={codes.join() === current && codes.length > 0 ? "active" : undefined}
      disabled={disabled}
      onClick={() => onPick(codes)}
    >
      {label}
    </button>
  );
  return (
    <div className="compare-presets">
      <div role="group" aria-label={t.presets} className="compare-preset-buttons">
        {button(t.keyRegions, key.codes)}
        {button(t.all31, allProvinces(index.covered))}
        {MACRO_REGIONS.map((m) =>
          button(macroRegionLabel(m.id, lang), macroRegionMembers(index.covered, m.id), false, m.id),
        )}
        {button(t.closestPeers, peers?.ok ? [peers.anchor, ...peers.peers.map((p) => p.iso)] : [], !peers?.ok)}
      </div>
      <ul className="compare-hints">
        <li>
          {key.basis === "members"
            ? t.keyHintMembers(key.codes.length, when)
            : t.keyHintAsListed(key.codes.length, formatPartialDate(key.listedFrom?.slice(0, 7) ?? null, lang), when)}
        </li>
        <li>
          {!anchor
            ? t.peersHintNoAnchor
            : peers?.ok
              ? t.peersHintOk(peers.peers.length, provinceName(anchor, lang), metricInfo(metric, lang).label, when)
              : t.peersHintUnavailable(peers?.ok === false ? peers.reason : "")}
        </li>
        {source && (
          <li>
            {t.macroHintLead}
            {sourceHref ? (
              <a href={sourceHref}>{t.macroHintSource(source.date.slice(0, 4))}</a>
            ) : (
              t.macroHintSource(source.date.slice(0, 4))
            )}
            {t.macroHintEnd}
          </li>
        )}
      </ul>
    </div>
  );
}
