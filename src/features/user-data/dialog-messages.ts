/**
 * "Your data": the words of the dialog and of the map and chart of the analyst's file, in English
 * and Chinese. They load with the dialog and the view (code-split), so the map's first load
 * carries only the button's label (messages.ts), which this catalogue includes. The file's own
 * text is shown as written.
 */
import { extendMessages } from "../../i18n/messages";
import { userDataMessages } from "./messages";
import { USER_CSV_LIMITS, type FatalError, type Role, type RowError } from "./lib/user-csv-format";
import { formatCount } from "../../ui/format";

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
const COLUMNS_EN = "region, period, value and, optionally, source (or 地区, 时期, 数值, 来源)";
const COLUMNS_ZH = "地区、时期、数值，以及可选的来源（或 region、period、value、source）";
const ROLE_ZH: Record<Role, string> = { region: "地区", period: "时期", value: "数值", source: "来源" };

function problemEn(e: RowError): string {
  const t = e.text ?? "";
  switch (e.kind) {
    case "malformed-quote":
      return "A quote inside an unquoted field, or text after a closing quote";
    case "unclosed-quote":
      return "A quoted field that starts on this row is never closed: the rest of the file was read into it";
    case "field-too-long":
      return `A field longer than ${formatCount(e.limit ?? USER_CSV_LIMITS.maxFieldChars)} characters`;
    case "field-count":
      return (e.found ?? 0) < (e.expected ?? 0)
        ? `Only ${e.found} fields: the region, period and value are all needed`
        : `${e.found} fields; the header has ${e.expected} (a number with thousands separators must be quoted: "1,234")`;
    case "missing-region":
      return "No region";
    case "unknown-region":
      return `"${t}" is not a province: use a code (CN-GZ, 520000) or a name (Guizhou, 贵州)`;
    case "not-covered-region":
      return `"${t}" is not covered by the atlas (Hong Kong, Macau and Taiwan are not covered)`;
    case "missing-period":
      return "No period";
    case "bad-period":
      return `"${t}" is not a period: use YYYY, YYYY-MM or YYYY-MM-DD`;
    case "period-range":
      return `"${t}": only years 1900 to 2100`;
    case "missing-value":
      return "Missing value: the row is not used (missing values are never filled in)";
    case "bad-value":
      return `"${t}" is not a number (use . for decimals; thousands separators only as in 1,234,567)`;
    case "not-finite":
      return `"${t}" is too large a number`;
    case "source-too-long":
      return `Source longer than ${formatCount(e.limit ?? USER_CSV_LIMITS.maxSourceChars)} characters`;
    case "duplicate":
      return `Duplicate of row ${e.firstRow} (same region and period)`;
    case "too-many-periods":
      return `More than ${formatCount(e.limit ?? USER_CSV_LIMITS.maxPeriods)} different periods`;
    case "too-many-sources":
      return `More than ${formatCount(e.limit ?? USER_CSV_LIMITS.maxSources)} different sources`;
  }
}

function problemZh(e: RowError): string {
  const t = e.text ?? "";
  switch (e.kind) {
    case "malformed-quote":
      return "未加引号的字段中有引号，或闭合引号后还有文字";
    case "unclosed-quote":
      return "从此行开始的带引号字段没有闭合：文件其余部分都被读入了该字段";
    case "field-too-long":
      return `字段超过${formatCount(e.limit ?? USER_CSV_LIMITS.maxFieldChars)}个字符`;
    case "field-count":
      return (e.found ?? 0) < (e.expected ?? 0)
        ? `只有${e.found}个字段：地区、时期和数值都不能缺少`
        : `有${e.found}个字段，表头有${e.expected}个（带千位分隔符的数字须加引号："1,234"）`;
    case "missing-region":
      return "缺少地区";
    case "unknown-region":
      return `“${t}”不是省份：请使用代码（CN-GZ、520000）或名称（贵州、Guizhou）`;
    case "not-covered-region":
      return `“${t}”不在统计范围内（香港、澳门和台湾不在统计范围内）`;
    case "missing-period":
      return "缺少时期";
    case "bad-period":
      return `“${t}”不是有效的时期：请使用 YYYY、YYYY-MM 或 YYYY-MM-DD`;
    case "period-range":
      return `“${t}”：年份须在1900至2100之间`;
    case "missing-value":
      return "数据缺失：此行不使用（缺失值不会被填补）";
    case "bad-value":
      return `“${t}”不是数字（小数点用“.”；千位分隔符仅限 1,234,567 的形式）`;
    case "not-finite":
      return `“${t}”数值过大`;
    case "source-too-long":
      return `来源超过${formatCount(e.limit ?? USER_CSV_LIMITS.maxSourceChars)}个字符`;
    case "duplicate":
      return `与第${e.firstRow}行重复（地区和时期相同）`;
    case "too-many-periods":
      return `不同时期超过${formatCount(e.limit ?? USER_CSV_LIMITS.maxPeriods)}个`;
    case "too-many-sources":
      return `不同来源超过${formatCount(e.limit ?? USER_CSV_LIMITS.maxSources)}个`;
  }
}

function fatalEn(f: FatalError): string {
  switch (f.kind) {
    case "too-large":
      return `The file is larger than ${mb(f.limit ?? USER_CSV_LIMITS.maxBytes)} MB, the most this page reads. Split it or keep only the rows you need.`;
    case "empty-file":
      return "The file is empty.";
    case "not-utf8":
      return 'The file is not UTF-8 text: it may not be a CSV at all, or it was saved in another encoding (such as GBK or UTF-16). Save it as "CSV UTF-8" and open it again.';
    case "binary":
      return "This is not a text file (it contains NUL bytes), so it is not a CSV.";
    case "missing-columns":
      return `The first row must be a header naming the columns ${COLUMNS_EN}. Not found: ${(f.missing ?? []).join(", ")}.`;
    case "duplicate-column":
      return `The header has two columns for the same thing ("${f.column}").`;
    case "unreadable":
      return "The browser could not read the file. It may have been moved or changed while it was being read; try again.";
  }
}

function fatalZh(f: FatalError): string {
  switch (f.kind) {
    case "too-large":
      return `文件超过${mb(f.limit ?? USER_CSV_LIMITS.maxBytes)} MB，超出本页面可读取的上限。请拆分文件或只保留需要的行。`;
    case "empty-file":
      return "文件是空的。";
    case "not-utf8":
      return "文件不是UTF-8文本：它可能根本不是CSV文件，或以其他编码（如GBK或UTF-16）保存。请另存为“CSV UTF-8”后重新打开。";
    case "binary":
      return "这不是文本文件（含有NUL字节），因此不是CSV文件。";
    case "missing-columns":
      return `第一行必须是表头，列名为${COLUMNS_ZH}。未找到：${(f.missing ?? []).map((r) => ROLE_ZH[r]).join("、")}。`;
    case "duplicate-column":
      return `表头中有两列表示同一内容（“${f.column}”）。`;
    case "unreadable":
      return "浏览器无法读取该文件。文件可能在读取时被移动或修改；请重试。";
  }
}

export const userDataDialogMessages = extendMessages(
  userDataMessages,
  {
    title: "Your data",
    closeLabel: "Close the Your data dialog",
    intro:
      "Open a CSV file of your own to see it on the map. The file is read in this browser and never uploaded. It is not part of shared links and is forgotten when the page is closed or reloaded.",
    formatTitle: "What the file must look like",
    formatRules: [
      `A header row naming the columns ${COLUMNS_EN}; other columns are ignored. UTF-8 text, comma-separated, with "quotes" around fields that contain commas, quotes or line breaks.`,
      "region: a province as a code (CN-GZ or 520000) or a name (Guizhou, Guizhou Sheng, 贵州, 贵州省). Hong Kong, Macau and Taiwan are not covered.",
      "period: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2025-06, 2023-09-27), kept as written.",
      'value: a number with . for decimals (1234.5, -3, 1.2e3); thousands separators only as in "1,234,567.8". An empty value is reported as missing and never filled in.',
      "source: optional text, shown exactly as written.",
      "One value per region and period: a repeated pair is rejected as a duplicate. Rows are numbered as lines of the file, the header being row 1.",
    ],
    fileLabel: "CSV file",
    dropHint: "You can also drop a file here.",
    reading: (name: string) => `Reading ${name}…`,
    progressLabel: "Reading progress",
    progress: (percent: number, rows: number) =>
      `${percent}% · ${formatCount(rows)} ${rows === 1 ? "row" : "rows"} so far`,
    cancel: "Cancel",
    cancelled: "Reading cancelled.",
    summary: (read: number, rejected: number) =>
      `${formatCount(read)} ${read === 1 ? "row" : "rows"} read, ${formatCount(rejected)} rejected`,
    accepted: (values: number, regions: number, periods: number) =>
      `${formatCount(values)} ${values === 1 ? "value" : "values"} for ${regions} ${regions === 1 ? "province" : "provinces"} and ${formatCount(periods)} ${periods === 1 ? "period" : "periods"}.`,
    ignoredColumns: (columns: string) => `Ignored columns: ${columns}.`,
    headerOnly: "The file has a header but no data rows.",
    nothingUsable: "No row could be used, so there is nothing to show on the map.",
    fileFailed: (name: string) => `${name} could not be used.`,
    problemsTitle: "Problems",
    colRow: "Row",
    colColumn: "Column",
    colProblem: "Problem",
    wholeRow: "—",
    more: (more: number) => `…and ${formatCount(more)} more ${more === 1 ? "problem" : "problems"} not listed here.`,
    showOnMap: "Show on map",
    remove: "Remove your data",
    close: "Close",
    problem: problemEn,
    fatal: fatalEn,
    // On the map
    legendTitle: (file: string) => `Your data: ${file} (not from the atlas's sources; not in shared links)`,
    barLabel: "Your data on the map",
    period: "Period",
    back: "Back to atlas data",
    mapLabel: (file: string, period: string) => `Map of your data: ${file}, ${period}`,
    cellValue: (name: string, value: string) => `${name}: ${value} (your data)`,
    cellMissing: (name: string) => `${name}: no value in your file`,
    cellNotCovered: (name: string) => `${name}: not covered`,
    noValue: "No value in your file",
    notCovered: "Not covered (Hong Kong, Macau, Taiwan)",
    allValues: "Every value",
    tipValue: (period: string) => `Your data, ${period}:`,
    tipRank: (rank: number, of: number) => `Rank ${rank} of ${of} with a value`,
    tipRow: (row: number) => `Row ${formatCount(row)} of your file`,
    tipSource: "Source (from your file):",
    coverage: (withValue: number, covered: number) =>
      `${withValue} of ${covered} provinces have a value in your file for this period.`,
    chartCaption: (period: string) => `Your data by province, ${period}`,
    chartSummary: (n: number, top: string) =>
      n === 0 ? "No province has a value for this period." : `${n} provinces with a value; highest: ${top}.`,
    colProvince: "Province",
    colValue: "Value",
    colSource: "Source (from your file)",
  },
  {
    title: "你的数据",
    closeLabel: "关闭“你的数据”对话框",
    intro:
      "打开你自己的CSV文件，在地图上查看。文件只在本浏览器中读取，不会上传；它不包含在分享链接中，关闭或重新加载页面后即被清除。",
    formatTitle: "文件格式要求",
    formatRules: [
      `表头一行，列名为${COLUMNS_ZH}；其他列会被忽略。UTF-8文本，以逗号分隔；含逗号、引号或换行的字段须用英文双引号括起。`,
      "地区：省份代码（CN-GZ 或 520000）或名称（贵州、贵州省、Guizhou、Guizhou Sheng）。香港、澳门和台湾不在统计范围内。",
      "时期：YYYY、YYYY-MM 或 YYYY-MM-DD（如 2024、2025-06、2023-09-27），按原样保留。",
      "数值：数字，小数点用“.”（1234.5、-3、1.2e3）；千位分隔符仅限“1,234,567.8”的形式。空值按数据缺失报告，不会被填补。",
      "来源：可选文字，按原文显示。",
      "每个地区和时期只能有一个数值：重复的组合按重复拒绝。行号即文件中的行号，表头为第1行。",
    ],
    fileLabel: "CSV文件",
    dropHint: "也可以把文件拖放到这里。",
    reading: (name: string) => `正在读取 ${name}……`,
    progressLabel: "读取进度",
    progress: (percent: number, rows: number) => `${percent}% · 已读取${formatCount(rows)}行`,
    cancel: "取消",
    cancelled: "已取消读取。",
    summary: (read: number, rejected: number) => `已读取${formatCount(read)}行，拒绝${formatCount(rejected)}行`,
    accepted: (values: number, regions: number, periods: number) =>
      `共${formatCount(values)}个数值，涉及${regions}个省份、${formatCount(periods)}个时期。`,
    ignoredColumns: (columns: string) => `已忽略的列：${columns}。`,
    headerOnly: "文件只有表头，没有数据行。",
    nothingUsable: "没有可用的行，因此地图上没有可显示的内容。",
    fileFailed: (name: string) => `无法使用 ${name}。`,
    problemsTitle: "问题",
    colRow: "行",
    colColumn: "列",
    colProblem: "问题",
    wholeRow: "—",
    more: (more: number) => `……另有${formatCount(more)}个问题未在此列出。`,
    showOnMap: "在地图上显示",
    remove: "移除你的数据",
    close: "关闭",
    problem: problemZh,
    fatal: fatalZh,
    legendTitle: (file: string) => `你的数据：${file}（非本地图来源；不包含在分享链接中）`,
    barLabel: "地图上的你的数据",
    period: "时期",
    back: "返回地图数据",
    mapLabel: (file: string, period: string) => `你的数据地图：${file}，${period}`,
    cellValue: (name: string, value: string) => `${name}：${value}（你的数据）`,
    cellMissing: (name: string) => `${name}：你的文件中没有数值`,
    cellNotCovered: (name: string) => `${name}：不在统计范围内`,
    noValue: "你的文件中没有数值",
    notCovered: "不在统计范围内（香港、澳门、台湾）",
    allValues: "全部数值",
    tipValue: (period: string) => `你的数据，${period}：`,
    tipRank: (rank: number, of: number) => `在${of}个有数值的省份中排第${rank}位`,
    tipRow: (row: number) => `你的文件第${formatCount(row)}行`,
    tipSource: "来源（取自你的文件）：",
    coverage: (withValue: number, covered: number) =>
      `在此时期，${covered}个省份中有${withValue}个在你的文件中有数值。`,
    chartCaption: (period: string) => `你的数据（按省份），${period}`,
    chartSummary: (n: number, top: string) => (n === 0 ? "此时期没有省份有数值。" : `${n}个省份有数值；最高：${top}。`),
    colProvince: "省份",
    colValue: "数值",
    colSource: "来源（取自你的文件）",
  },
);
