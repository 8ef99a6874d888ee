/**
 * The mini timeline's layout: dated events as marks by month, stacked where a month holds several.
 * Events known only to the year get a bar across their year in a lane of their own, never a guessed
 * month; undated events are not on it at all.
 */
import type { EventRecord } from "../../../data/atlas-types";
import { compareEvents } from "./filter-events";

export interface MonthMark {
  event: EventRecord;
  /** Months since January of the first year. */
  month: number;
  /** 0 for the first event of that month, 1 for the next, … */
  stack: number;
}

export interface YearMark {
  event: EventRecord;
  /** Years since the first year. */
  year: number;
  stack: number;
}

export interface TimelineLayout {
  firstYear: number;
  lastYear: number;
  months: number;
  monthMarks: MonthMark[];
  yearMarks: YearMark[];
  maxStack: number;
  maxYearStack: number;
}

/** The years the dated events cover, so the axis does not move as filters change. */
export function yearsCovered(events: readonly EventRecord[]): { firstYear: number; lastYear: number } | null {
  const years = events.flatMap((e) => (e.date && e.precision ? [Number(e.date.slice(0, 4))] : []));
  return years.length ? { firstYear: Math.min(...years), lastYear: Math.max(...years) } : null;
}

export function layoutTimeline(events: readonly EventRecord[], firstYear: number, lastYear: number): TimelineLayout {
  // Oldest first, so a month's stack grows upwards in date order.
  const sorted = [...events].sort((a, b) => compareEvents(b, a));
  const perMonth = new Map<number, number>();
  const perYear = new Map<number, number>();
  const monthMarks: MonthMark[] = [];
  const yearMarks: YearMark[] = [];
  for (const event of sorted) {
    if (!event.date || !event.precision) continue;
    const year = Number(event.date.slice(0, 4)) - firstYear;
    if (year < 0 || year > lastYear - firstYear) continue;
    if (event.precision === "year") {
      const stack = perYear.get(year) ?? 0;
      perYear.set(year, stack + 1);
      yearMarks.push({ event, year, stack });
    } else {
      const month = year * 12 + Number(event.date.slice(5, 7)) - 1;
      const stack = perMonth.get(month) ?? 0;
      perMonth.set(month, stack + 1);
      monthMarks.push({ event, month, stack });
    }
  }
  return {
    firstYear,
    lastYear,
    months: (lastYear - firstYear + 1) * 12,
    monthMarks,
    yearMarks,
    maxStack: Math.max(0, ...perMonth.values()),
    maxYearStack: Math.max(0, ...perYear.values()),
  };
}
