/**
 * The drill-down for one province: headline figures for the period shown, the balance over time,
 * key-region status with its sources, and the province's events.
 */
import type { ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { balanceCaveats } from "../../data/caveats";
import { periodById } from "../../data/periods";
import { useLang, useMessages } from "../../i18n/context";
import { namesInOrder, provinceName, provinceNames } from "../../i18n/domain";
import { regionMessages } from "./messages";
import { EventsList } from "./EventsList";
import type { ViewProps } from "../../state/view-props";
import type { ViewState } from "../../state/view-state";
import { PrefectureMap } from "./PrefectureMap";
import { PrefectureEmbedFigure } from "./PrefectureEmbedFigure";
import { WhatWasSold } from "./WhatWasSold";
import { KeyStatusHistory } from "./KeyStatusHistory";
import { RegionBalanceFigure } from "./RegionBalanceFigure";
import { RegionHeadlines } from "./RegionHeadlines";
import { usePanelFocus } from "./use-panel-focus";

interface Props {
  index: AtlasIndex;
  adcode: string;
  periodId: string;
  onClose?: () => void;
  /** Embed layout: only the chart, filling its box. */
  compact?: boolean;
  actions?: ReactNode;
  /** With both, the events list follows and sets the URL's event filters and the chart marks events. */
  view?: ViewState;
  setView?: ViewProps["setView"];
  /** The embed's prefecture (`p`): its chart instead of the province's. */
  prefecture?: string | null;
  /** Download menus for the prefecture map and the open prefecture's view. */
  prefectureActions?: { map?: ReactNode; profile?: ReactNode };
}

export function RegionPanel({
  index,
  adcode,
  periodId,
  onClose,
  compact = false,
  actions,
  view,
  setView,
  prefecture = null,
  prefectureActions,
}: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const province = index.provinceByAdcode.get(adcode);
  const period = periodById(periodId);
  const { closeRef, panelRef } = usePanelFocus(adcode, compact);

  if (!province || !period) return null;
  const name = provinceNames(province, lang);
  // English names say the Chinese after the English; Chinese names, the English after the Chinese.
  const landmark = t.landmark(province.nameEn, province.nameZh);
  const [first, second] = namesInOrder(province.nameEn, province.nameZhFull, lang);
  const caveats = balanceCaveats(index.balance(adcode, periodId), lang);
  const summed = index.balance(adcode, periodId)?.scope !== "as reported";
  const chart = (
    <RegionBalanceFigure index={index} adcode={adcode} name={name} compact={compact} view={view} setView={setView} />
  );
  if (compact) {
    return (
      <section className="region-panel compact" aria-label={t.balanceSection(landmark)}>
        {prefecture ? <PrefectureEmbedFigure index={index} adcode={adcode} prefecture={prefecture} /> : chart}
      </section>
    );
  }

  return (
    <aside ref={panelRef} className="region-panel" aria-label={t.details(landmark)}>
      <header className="panel-head">
        <h2>
          {first.text}
          {t.headingOpen}
          {/* A name in brackets needs no extra gap before it. */}
          <span lang={second.tag} className={t.headingClose ? "in-parens" : undefined}>
            {second.text}
          </span>
          {t.headingClose}
        </h2>
        {actions}
        {onClose && (
          <button ref={closeRef} className="close" onClick={onClose} aria-label={t.close}>
            ×
          </button>
        )}
      </header>

      <RegionHeadlines index={index} adcode={adcode} period={period} />

      {caveats.length > 0 && (
        <ul className="caveats" aria-label={t.caveats}>
          {caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}

      <KeyStatusHistory index={index} adcode={adcode} date={period.date} />

      {chart}
      <p className="chart-note">{t.chartNote(summed)}</p>

      <PrefectureMap
        index={index}
        adcode={adcode}
        metric={view?.metric}
        periodId={periodId}
        prefecture={view?.prefecture}
        onSelectPrefecture={setView ? (prefecture) => setView({ prefecture }) : undefined}
        actions={prefectureActions}
      />

      <WhatWasSold adcode={adcode} place={{ en: province.nameEn, zh: province.nameZh }} />

      <section className="region-events" aria-label={t.eventsIn(provinceName(province, lang))}>
        <h3>{t.events}</h3>
        <EventsList
          adcode={adcode}
          name={provinceName(province, lang)}
          index={index}
          iso={province.iso}
          view={view}
          setView={setView}
        />
      </section>
    </aside>
  );
}
