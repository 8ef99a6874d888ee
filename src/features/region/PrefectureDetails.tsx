/**
 * The prefecture debt map's words around the drawing: the card for the prefecture under the
 * pointer (or tapped), and the table of every prefecture with value, rank, share, grade and
 * source, which is also how a keyboard or screen-reader user reads the map. Draws only: the
 * figures come from lib/prefecture-choropleth.ts.
 */
import type { ReactNode } from "react";
import { useLang, useMessages } from "../../i18n/context";
import { formatAmount, formatBn, formatMetric } from "../../ui/format";
import { PlaceName } from "../../ui/PlaceName";
import { BothNames } from "../../ui/BothNames";
import { SourceLink } from "../../ui/SourceLink";
import { dataLang } from "../../i18n/data-lang";
import type { PrefectureDataFile, PrefectureMetric, PrefectureUnit } from "../../data/prefecture-types";
import { gradeWord, type PrefectureCell, type PrefectureYearRow } from "./lib/prefecture-choropleth";
import { prefectureMessages } from "./prefecture-messages";
import { WhatWasSold } from "./WhatWasSold";
import { PrefectureBalanceFigure } from "./PrefectureBalanceFigure";

const pct1 = (v: number) => v.toFixed(1);

export function CellValue({ cell, metric }: { cell: PrefectureCell; metric: PrefectureMetric }) {
  const lang = useLang();
  const t = useMessages(prefectureMessages);
  if (cell.value === null) return <span className="muted">{t.missing[cell.reason ?? "no_debt"]}</span>;
  const text = `${cell.approx ? "≈ " : ""}${formatMetric(metric, cell.value, lang)}`;
  return cell.state === "doubtful" ? <s className="pref-doubtful-value">{text}</s> : <>{text}</>;
}

/** Why a figure is doubtful: its QA flags in words (the flags themselves where none is known). */
function debtWhy(flags: readonly string[], flagWhy: Record<string, string>): string {
  const known = flags.map((f) => flagWhy[f.split("(")[0]]).filter(Boolean);
  return known.length > 0 ? known.join("; ") : flags.join("; ");
}

const why = (cell: PrefectureCell, flagWhy: Record<string, string>) => debtWhy(cell.debt?.flags ?? [], flagWhy);

export function PrefectureCard({
  cell,
  metric,
  file,
  provinceName,
  ranked,
}: {
  cell: PrefectureCell;
  metric: PrefectureMetric;
  file: PrefectureDataFile;
  provinceName: string;
  ranked: number;
}) {
  const lang = useLang();
  const t = useMessages(prefectureMessages);
  const source = cell.debt?.sources.map((k) => file.sources[k]) ?? [];
  return (
    <div className="pref-card" data-prefecture={cell.unit.code} role="status">
      <p className="pref-card-name">
        <BothNames en={cell.unit.nameEnFull} zh={cell.unit.nameZh} />
      </p>
      <p className="pref-card-value">
        <CellValue cell={cell} metric={metric} />
      </p>
      {cell.state === "doubtful" && (
        <p className="pref-card-doubtful">
          {t.doubtful(why(cell, t.flagWhy))}
          {cell.debt?.note && (
            <>
              {" "}
              <span lang={dataLang(cell.debt.note, lang)}>{cell.debt.note}</span>
            </>
          )}
        </p>
      )}
      {cell.approx && <p className="muted">{t.approx}</p>}
      {cell.rank !== null && <p>{t.rank(cell.rank, ranked, provinceName)}</p>}
      {cell.share !== null && <p>{t.share(pct1(cell.share), provinceName)}</p>}
      {cell.grade && <p>{t.gradeLine(t.grade[gradeWord(cell.grade)], cell.grade)}</p>}
      {metric !== "balance" && cell.denominator && (
        <p className="pref-card-source">
          {t.denominatorLine(
            metric,
            formatAmount(cell.denominator.value, lang),
            `${cell.denominator.grade} ${t.grade[gradeWord(cell.denominator.grade)]}`,
          )}
          {cell.denominator.sources
            .map((k) => file.sources[k])
            .filter(Boolean)
            .map((s, k) => (
              <span key={s.id}>
                {k > 0 && "; "}
                <SourceLink
                  name={[s.publisher, s.title].filter(Boolean).join(", ")}
                  url={s.url}
                  date={s.date || null}
                />
              </span>
            ))}
        </p>
      )}
      {source.length > 0 && (
        <p className="pref-card-source">
          {t.sourceLabel}
          {source.map((s, k) => (
            <span key={s.id}>
              {k > 0 && "; "}
              <SourceLink name={[s.publisher, s.title].filter(Boolean).join(", ")} url={s.url} date={s.date || null} />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

export function PrefectureTable({
  cells,
  metric,
  file,
  summary,
}: {
  cells: PrefectureCell[];
  metric: PrefectureMetric;
  file: PrefectureDataFile;
  summary: string;
}) {
  const t = useMessages(prefectureMessages);
  const ordered = [...cells].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.nameEn.localeCompare(b.unit.nameEn),
  );
  return (
    <details className="pref-table">
      <summary>{summary}</summary>
      <div className="pref-table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.colPrefecture}</th>
              <th scope="col">{t.colValue}</th>
              <th scope="col">{t.colRank}</th>
              <th scope="col">{t.colShare}</th>
              <th scope="col">{t.colGrade}</th>
              <th scope="col">{t.colSource}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((cell) => {
              const s = cell.debt?.sources[0] !== undefined ? file.sources[cell.debt.sources[0]] : null;
              return (
                <tr key={cell.unit.code} data-prefecture={cell.unit.code} data-state={cell.state}>
                  <th scope="row">
                    <PlaceName en={cell.unit.nameEn} zh={cell.unit.nameZh} />
                  </th>
                  <td>
                    <CellValue cell={cell} metric={metric} />
                  </td>
                  <td>{cell.rank ?? "—"}</td>
                  <td>{cell.share !== null ? `${pct1(cell.share)}%` : "—"}</td>
                  <td>{cell.grade ? `${cell.grade} ${t.grade[gradeWord(cell.grade)]}` : "—"}</td>
                  <td>{s ? <SourceLink name={s.publisher} url={s.url} date={s.date || null} /> : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A prefecture's figures year by year: what `p` opens under the map. */
export function PrefectureProfile({
  unit,
  rows,
  provinceAdcode,
  onClose,
  actions,
}: {
  unit: PrefectureUnit;
  rows: PrefectureYearRow[];
  provinceAdcode: string;
  onClose?: () => void;
  /** The prefecture view's Download menu. */
  actions?: ReactNode;
}) {
  const lang = useLang();
  const t = useMessages(prefectureMessages);
  const amount = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatBn(v, lang));
  const pct = (v: number | null) => (v === null ? "—" : `${pct1(v)}%`);
  return (
    <section
      className="pref-profile"
      aria-label={t.profileLabel(unit.nameEnFull, unit.nameZh)}
      data-prefecture={unit.adcode}
    >
      {/* The heading is the name alone; its Download menu and Close sit beside it, not inside it. */}
      <div className="pref-profile-head">
        <h4>
          <BothNames en={unit.nameEnFull} zh={unit.nameZh} />
        </h4>
        <span className="pref-profile-actions">
          {actions}
          {onClose && (
            <button type="button" className="link-button" onClick={onClose}>
              {t.close}
            </button>
          )}
        </span>
      </div>
      <PrefectureBalanceFigure unit={unit} rows={rows} />
      <div className="pref-table-wrap">
        <table>
          <caption>{t.profileCaption(unit.nameEnFull, unit.nameZh)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colYear}</th>
              <th scope="col">{t.colTotal}</th>
              <th scope="col">{t.colGrade}</th>
              <th scope="col">{t.colGeneral}</th>
              <th scope="col">{t.colSpecial}</th>
              <th scope="col">{t.colLimit}</th>
              <th scope="col">{t.colDebtGdp}</th>
              <th scope="col">{t.colDebtRevenue}</th>
              <th scope="col">{t.colShare}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const debt = r.debt;
              // A doubtful year's every figure is doubtful: struck through, with why in place of a grade.
              const doubtful = debt?.qa === "suspect";
              const figure = (v: number | null | undefined, approx = false) =>
                v === null || v === undefined ? (
                  "—"
                ) : doubtful ? (
                  <s className="pref-doubtful-value">{amount(v)}</s>
                ) : (
                  `${approx ? "≈ " : ""}${amount(v)}`
                );
              return (
                <tr key={r.year} data-year={r.year} data-state={doubtful ? "doubtful" : undefined}>
                  <th scope="row">{r.year}</th>
                  <td>{figure(debt?.total, debt?.origin === "chart_reading_approx")}</td>
                  <td className="pref-grade-cell">
                    {!debt
                      ? "—"
                      : doubtful
                        ? t.doubtfulRow(
                            debtWhy(debt.flags, t.flagWhy),
                            `${debt.grade} ${t.grade[gradeWord(debt.grade)]}`,
                          )
                        : `${debt.grade} ${t.grade[gradeWord(debt.grade)]}`}
                  </td>
                  <td>{figure(debt?.general)}</td>
                  <td>{figure(debt?.special)}</td>
                  <td>{figure(debt?.limit)}</td>
                  <td>{pct(r.debtGdp)}</td>
                  <td>{pct(r.debtRevenue)}</td>
                  <td>{pct(r.share)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <WhatWasSold adcode={provinceAdcode} place={{ en: unit.nameEnFull, zh: unit.nameZh }} prefecture={unit.adcode} />
    </section>
  );
}
