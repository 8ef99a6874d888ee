/**
 * A chart as a figure: caption, the drawing, and a data table a screen reader (or a sceptic) can
 * read. Marks itself data-drawn="true" once the chart's SVG marks exist, for tests and the bench.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { useMessages } from "../i18n/context";
import { uiMessages } from "./messages";

interface Props {
  id: string;
  caption: ReactNode;
  summary: string;
  /** The figures as a table, folded under the chart; absent where the page shows them in a table already. */
  table?: ReactNode;
  children: ReactNode;
  markSelector?: string;
  /** Embed layout: caption and table stay for screen readers but take no space. */
  compact?: boolean;
}

export function ChartFigure({
  id,
  caption,
  summary,
  table,
  children,
  markSelector = ".recharts-bar-rectangle, .recharts-line-curve, .chart-bar, .chart-line",
  compact = false,
}: Props) {
  const ref = useRef<HTMLElement>(null);
  const t = useMessages(uiMessages);
  useEffect(() => {
    const figure = ref.current;
    if (!figure) return;
    const check = () => {
      if (figure.querySelector(markSelector)) {
        figure.dataset.drawn = "true";
        return true;
      }
      return false;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(figure, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [markSelector]);

  return (
    <figure
      className={`chart-figure${compact ? " compact" : ""}`}
      data-chart={id}
      ref={ref}
      aria-describedby={`${id}-summary`}
    >
      <figcaption className={compact ? "visually-hidden" : undefined}>{caption}</figcaption>
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
      <div className="chart-box" aria-hidden="true">
        {children}
      </div>
      {table === undefined ? null : compact ? (
        <div className="visually-hidden">{table}</div>
      ) : (
        <details className="chart-table">
          <summary>{t.dataTable}</summary>
          {/* The scroll box: a wide table scrolls here on a phone instead of widening the page. */}
          <div className="table-scroll">{table}</div>
        </details>
      )}
    </figure>
  );
}
