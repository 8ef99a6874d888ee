/**
 * The Events feature's words on the map's first load: the map's event note and the date-bound
 * problems (lib/event-dates.ts). The view, its filters, timeline, table and record, and the province
 * panel's event list have theirs in view-messages.ts, which loads with them. Event titles,
 * summaries, quotes, source names and notes are data and never appear here: they are shown as the
 * source wrote them.
 */
import { defineMessages } from "../../i18n/messages";

export const eventMessages = defineMessages(
  {
    // Date bounds (lib/event-dates)
    badDate: "Use YYYY, YYYY-MM or YYYY-MM-DD.",
    fromAfterTo: "From is after To.",
    toBeforeFrom: "To is before From.",

    // Map note
    eventCounts: "Event counts",
    circles: (filtered: boolean) =>
      `Numbered circles: dated events in each province${filtered ? " matching the event filters" : ""}.`,
    offMap: (national: number, undated: number) => {
      const left = [national ? `${national} national` : "", undated ? `${undated} undated` : ""]
        .filter(Boolean)
        .join(" and ");
      return left ? ` ${left} events are not on the map.` : "";
    },
    ringed: (name: string) => ` Ringed: ${name}, where the selected event took place.`,
    notMarked: (national: boolean) =>
      ` The selected event is ${national ? "national" : "undated"}, so it is not marked.`,
  },
  {
    badDate: "请使用 YYYY、YYYY-MM 或 YYYY-MM-DD 格式。",
    fromAfterTo: "起始日期晚于截止日期。",
    toBeforeFrom: "截止日期早于起始日期。",

    eventCounts: "事件数",
    circles: (filtered: boolean) => `带数字的圆圈：各省有日期的事件数${filtered ? "（符合事件筛选条件）" : ""}。`,
    offMap: (national: number, undated: number) => {
      const left = [national ? `${national}条全国性事件` : "", undated ? `${undated}条日期不详的事件` : ""]
        .filter(Boolean)
        .join("和");
      return left ? `${left}不在地图上。` : "";
    },
    ringed: (name: string) => `圆环：${name}，所选事件的发生地。`,
    notMarked: (national: boolean) => `所选事件${national ? "为全国性事件" : "日期不详"}，因此未在地图上标出。`,
  },
);
