/**
 * A national.csv row's note as the reader sees it: the Chinese where the team wrote it (note_zh),
 * else the English, each marked with the language it is in. For display only: the page's rules
 * (monthly, cumulative, low reliability) read the English note (lib/figures.ts, lib/estimates.ts).
 */
import type { NationalFigure } from "../../data/atlas-types";
import { useLang } from "../../i18n/context";
import { localText } from "../../i18n/data-lang";

export function FigureNote({
  figure,
  className,
}: {
  figure: Pick<NationalFigure, "note" | "noteZh">;
  className?: string;
}) {
  const lang = useLang();
  if (!figure.note) return null;
  const note = localText(figure.note, figure.noteZh, lang);
  return (
    <span className={className} lang={note.lang}>
      {note.text}
    </span>
  );
}
