/**
 * The national balance (bars) and the key regions' share of the provinces' total (line): the
 * view's main chart, drawn in every rendering (side panel, full page, embed). The export code
 * takes this figure by its id, and its CSV (export/lib/views/national.ts) lists the same series.
 */
import { useMemo } from "react";
import type { NationalPoint } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { ChartFigure } from "../../ui/ChartFigure";
import { NationalChart } from "./NationalChart";
import { formatBn, formatRecordedDate } from "../../ui/format";
import { atlasPeriodLabel } from "./lib/figures";
import { strengthNote } from "../../ui/source-strength";
import { nationalMessages } from "./messages";

export function NationalBalanceFigure({ series, compact }: { series: NationalPoint[]; compact: boolean }) {
  const lang = useLang();
  const t = useMessages(nationalMessages);
  const label = (p: NationalPoint) => atlasPeriodLabel(p.period, lang);
  const points = useMemo(
    () =>
      series.map((p, k) => ({
        label: atlasPeriodLabel(p.period, lang),
        national: p.national?.value ?? null,
        keyShare: p.keyShare,
        // The first period whose share is of the listed members: the year the list was drawn.
        keepLabel: p.keyBasis === "members" && series[k - 1]?.keyBasis === "later-listed",
      })),
    [series, lang],
  );
  const withNational = series.filter((p) => p.national);
  const first = withNational[0];
  const last = withNational[withNational.length - 1];
  return (
    <ChartFigure
      id="national-balance"
      compact={compact}
      caption={t.balanceCaption}
      summary={t.balanceSummary(first ? label(first) : "", last ? label(last) : "")}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t.colPeriod}</th>
              <th scope="col">{t.colNational}</th>
              <th scope="col">{t.colSource}</th>
              <th scope="col">{t.colKeyShare}</th>
              <th scope="col">{t.colRegions}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.period}>
                <th scope="row">{label(p)}</th>
                <td>{p.national ? formatBn(p.national.value, lang) : "—"}</td>
                <td>
                  {p.national
                    ? `${p.national.sourceName}${t.comma}${formatRecordedDate(p.national.sourceDate, lang)}${strengthNote(p.national.sourceStrength, lang)}`
                    : t.notInData}
                </td>
                <td>{p.keyShare === null ? "—" : `${p.keyShare.toFixed(1)}%`}</td>
                <td>{p.keyBasis === "members" ? t.membersCounted(p.keyCount) : t.laterListedCounted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <NationalChart points={points} height={compact ? "fill" : 260} />
    </ChartFigure>
  );
}
