/** The national view's headline figures for the chosen period, and the sources of the main chart. */
import type { NationalPoint } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { formatAmount, formatAmountUnitOnce, formatPartialDate } from "../../ui/format";
import { SourceLink } from "../../ui/SourceLink";
import { atlasPeriodLabel, atlasPeriodPhrase } from "./lib/figures";
import { nationalMessages } from "./messages";

export function NationalHeadlines({ point }: { point: NationalPoint }) {
  const lang = useLang();
  const t = useMessages(nationalMessages);
  // A label in English ("National balance, 2024"), the period in running text in Chinese ("2024年末").
  const when = [atlasPeriodLabel(point.period, lang), atlasPeriodPhrase(point.period, lang)] as const;
  return (
    <dl className="headlines">
      <div className="headline">
        <dt>{t.headlineBalance(...when)}</dt>
        <dd>
          {point.national ? (
            <span className="headline-value">{formatAmount(point.national.value, lang)}</span>
          ) : (
            <span className="headline-missing">{t.headlineNoNational}</span>
          )}
        </dd>
      </div>
      <div className="headline">
        <dt>{t.headlineKeyShare(...when)}</dt>
        <dd>
          {point.keyShare !== null ? (
            <>
              <span className="headline-value">{point.keyShare.toFixed(1)}%</span>
              <span className="headline-rank">
                {t.headlineKeyDetail(
                  formatAmountUnitOnce(point.keyTotal!, lang),
                  formatAmountUnitOnce(point.provincesTotal!, lang),
                )}
                {point.keyBasis === "members" ? t.headlineMembers(point.keyCount) : t.headlineLaterListed}
              </span>
            </>
          ) : (
            <span className="headline-missing">
              {point.unreportedCount > 0 ? t.headlineUnreported(point.unreportedCount) : t.headlineNone}
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function NationalSources({ series, full }: { series: NationalPoint[]; full: boolean }) {
  const lang = useLang();
  const t = useMessages(nationalMessages);
  const withNational = series.filter((p) => p.national);
  return (
    <details className="source-list">
      <summary>{full ? t.sourcesFull : t.sources}</summary>
      <ul>
        {withNational.map((p) => {
          const n = p.national!;
          return (
            <li key={p.period}>
              <strong>
                {atlasPeriodLabel(p.period, lang)}
                {t.colon.trimEnd()}
              </strong>{" "}
              <SourceLink name={n.sourceName} url={n.sourceUrl} strength={n.sourceStrength} />
              {t.sourceDate(formatPartialDate(n.sourceDate, lang))}
              <blockquote>{n.quote}</blockquote>
            </li>
          );
        })}
        <li>{t.keyShareMethod}</li>
      </ul>
    </details>
  );
}
