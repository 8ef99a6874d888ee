/**
 * The words for why a link setting was ignored, one per reason code (ignored.ts), in English and
 * Chinese. Beside the parameter table rather than in app/messages.ts: a new parameter or rejection
 * is written in state/ and worded in the same folder, and the explicit Record type makes the
 * compiler refuse a code that lacks words in either language. The lists in the wording (views,
 * themes, ...) are read from the same constants the parser checks against, so they cannot drift.
 */
import { EVENT_KINDS } from "../data/event-kinds";
import { METRIC_IDS } from "../data/metrics";
import { LANGS } from "../i18n/lang";
import { defineMessages } from "../i18n/messages";
import type { IgnoredReason } from "./ignored";
import { CURRENT_VERSION } from "./migrations";
import {
  COMPARE_LEVELS,
  GRADE_FLOORS,
  KEY_REGIONS_SCOPE,
  LEAGUE_SORTS,
  MAX_QUERY,
  MAX_SLIDES,
  SLIDE_SUBJECTS,
  THEMES,
  VIEWS,
} from "./url-params";

export const reasonMessages = defineMessages<Record<IgnoredReason, string>>(
  {
    unreadable: "unreadable",
    unknown: "unknown parameter",
    repeated: "repeated; the first value is used",
    not_view: `not a view (${VIEWS.join(", ")})`,
    not_region: "not a covered province code (e.g. CN-NM)",
    not_regions: "not covered province codes; the others are kept",
    not_metric: `not a metric (${METRIC_IDS.join(", ")})`,
    not_period: "not a period (2015–2024, 2025-06, 2025)",
    not_index_base: "not a year-end to index to (2015–2024)",
    not_change_base: "not a year-end to measure change from (2015–2024)",
    not_event_kinds: `not event kinds (${EVENT_KINDS.join(", ")})`,
    not_date: "not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    shortened: `shortened to ${MAX_QUERY} characters`,
    not_event_id: "not an event id",
    not_theme: `not a theme (${THEMES.join(", ")})`,
    not_lang: `not a language (${LANGS.join(", ")})`,
    not_flag: "use 1 to turn it on",
    range_reversed: "the range was reversed; swapped",
    region_missing: "needs a region (r); showing the map",
    not_prefecture: "not a prefecture code (6 digits, e.g. 520100)",
    prefecture_needs_region: "needs its province (r); showing the map",
    not_compare_level: `not a Compare level (${COMPARE_LEVELS.join(", ")})`,
    not_grade_floor: `not a grade filter (${GRADE_FLOORS.join(", ")})`,
    not_prefecture_scope: `not a province code (e.g. CN-GZ) or ${KEY_REGIONS_SCOPE}`,
    not_league_sort: `not a league sort (${LEAGUE_SORTS.join(", ")})`,
    not_version: "not a link version; read as the current one",
    newer_version: `made by a newer atlas (this one reads version ${CURRENT_VERSION}); settings it does not know are ignored`,
    too_many_slides: `a deck holds up to ${MAX_SLIDES} slides; the first ${MAX_SLIDES} are kept`,
    not_slide: `not a slide (what it shows: ${SLIDE_SUBJECTS.join(", ")}; a province's needs r); left out of the deck`,
    not_slide_number: "not a slide number (1, 2, 3 …)",
    no_such_slide: "the deck has fewer slides; showing its last",
    present_needs_deck: "needs a deck (deck); showing the atlas",
    not_in_slide: "not part of a slide (a slide is one view); left out",
    not_release: "not one of the atlas's data releases (Sources & method lists them); showing the current data",
  },
  {
    unreadable: "无法读取",
    unknown: "未知参数",
    repeated: "重复出现；使用第一个值",
    not_view: "不是有效的视图",
    not_region: "不是统计范围内的省份代码（例如 CN-NM）",
    not_regions: "不是统计范围内的省份代码；其余的已保留",
    not_metric: `不是有效的指标（${METRIC_IDS.join("、")}）`,
    not_period: "不是有效的时期（2015–2024、2025-06、2025）",
    not_index_base: "不是可作为指数基期的年末（2015–2024）",
    not_change_base: "不是可作为变化基期的年末（2015–2024）",
    not_event_kinds: "不是有效的事件类型",
    not_date: "不是有效的日期（YYYY、YYYY-MM 或 YYYY-MM-DD）",
    shortened: `已截短为${MAX_QUERY}个字符`,
    not_event_id: "不是有效的事件编号",
    not_theme: `不是有效的主题（${THEMES.join("、")}）`,
    not_lang: `不是有效的语言（${LANGS.join("、")}）`,
    not_flag: "用 1 表示开启",
    range_reversed: "日期范围颠倒；已交换",
    region_missing: "需要指定地区（r）；显示地图",
    not_prefecture: "不是有效的地市代码（6位数字，例如520100）",
    prefecture_needs_region: "需要指定所属省份（r）；显示地图",
    not_compare_level: `不是有效的比较层级（${COMPARE_LEVELS.join("、")}）`,
    not_grade_floor: `不是有效的来源等级筛选（${GRADE_FLOORS.join("、")}）`,
    not_prefecture_scope: `不是省份代码（例如 CN-GZ）或 ${KEY_REGIONS_SCOPE}`,
    not_league_sort: `不是有效的排名表排序方式（${LEAGUE_SORTS.join("、")}）`,
    not_version: "不是有效的链接版本；按当前版本读取",
    newer_version: "由更新版本的地图生成；无法识别的设置已忽略",
    too_many_slides: `演示文稿最多${MAX_SLIDES}页；保留前${MAX_SLIDES}页`,
    not_slide: "不是有效的幻灯片（省级内容需要 r）；已从演示文稿中移除",
    not_slide_number: "不是有效的页码（1、2、3…）",
    no_such_slide: "演示文稿页数不足；显示最后一页",
    present_needs_deck: "需要演示文稿（deck）；显示地图",
    not_in_slide: "不属于幻灯片（每页幻灯片是一个视图）；已忽略",
    not_release: "不是本地图的数据版本（“来源与方法”页列出各版本）；显示当前数据",
  },
);
