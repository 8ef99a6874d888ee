/**
 * The embed of a prefecture view (`view=region&r=…&p=…&embed=1`): the prefecture's balance chart
 * alone, filling its box, from the province's prefecture file (fetched here: an embed has no panel
 * that loaded it). A prefecture not in the file says so instead of drawing another's figures.
 */
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { prefectureDataQuery } from "../../data/prefecture-query";
import { indexPrefectures } from "../../data/prefecture-values";
import { useMessages } from "../../i18n/context";
import { provinceName } from "../../i18n/domain";
import { useLang } from "../../i18n/context";
import { LoadError } from "../../ui/LoadError";
import { prefectureSeries, unitOf } from "./lib/prefecture-choropleth";
import { PrefectureBalanceFigure } from "./PrefectureBalanceFigure";
import { prefectureMessages } from "./prefecture-messages";

interface Props {
  index: AtlasIndex;
  adcode: string;
  prefecture: string;
}

export function PrefectureEmbedFigure({ index, adcode, prefecture }: Props) {
  const lang = useLang();
  const t = useMessages(prefectureMessages);
  const figures = useQuery(prefectureDataQuery(adcode));
  const ix = useMemo(() => (figures.data ? indexPrefectures(figures.data) : null), [figures.data]);
  const unit = ix ? unitOf(ix, prefecture) : null;
  const rows = useMemo(
    () =>
      ix && unit ? prefectureSeries(ix, unit.code, (year) => index.balance(adcode, String(year))?.total ?? null) : null,
    [ix, unit, index, adcode],
  );
  const province = index.provinceByAdcode.get(adcode);
  const name = province ? provinceName(province, lang) : adcode;
  if (figures.isError) return <LoadError lead={t.failed} error={figures.error} onRetry={() => figures.refetch()} />;
  if (!ix) return <p className="muted">{t.loading(name)}</p>;
  if (!unit || !rows) return <p>{t.unknownPrefecture(prefecture, name)}</p>;
  return <PrefectureBalanceFigure unit={unit} rows={rows} compact />;
}
