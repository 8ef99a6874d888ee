/** The app shell's words: header, footer, navigation, controls, notices, loading and errors. */
import { defineMessages } from "../i18n/messages";
import type { ViewName } from "../state/view-state";

export const appMessages = defineMessages(
  {
    title: "China Local Debt Atlas",
    skipToContent: "Skip to the map or the page's content",
    tagline:
      "Where China's local government debt sits, province by province, and the 12 key high-debt regions named in 2023. Every figure links to its source.",
    footer:
      "Data: MoF local bond disclosure platform, NBS, provincial final accounts and news sources as cited on each figure; LGFV debt by province is Huatai FI's estimate, shown apart. Map: Apache ECharts 4.9 geometry (Apache-2.0); the South China Sea islands are not drawn. Hong Kong, Macau and Taiwan are shown but not covered.",
    loading: "Loading the map and data…",
    loadFailed: "The atlas could not load its data.",
    offline: (asOf: string, release: string | null) =>
      `Offline: figures as of ${asOf}${release ? ` (data release ${release})` : ""}, as saved on this device.`,
    offlineBody: "They may have been revised since: reconnect and reload for the current figures.",
    updateReady: "New version available:",
    updateReload: "Reload",
    /** The data's date, with the release a pinned view shows. */
    asOfRelease: (asOf: string, release: string | null) => (release ? `${asOf} (data release ${release})` : asOf),
    slow: "This is taking longer than usual. The data may still arrive; or try again.",
    retry: "Retry",
    views: {
      map: "Map",
      national: "National",
      region: "Map",
      compare: "Compare",
      events: "Events",
      sources: "Sources & method",
    } as Record<ViewName, string>,
    viewsLabel: "Views",
    toolbarLabel: "View, metric and year",
    theme: "Theme",
    themeAuto: (current: string) => `Auto (${current})`,
    themes: { light: "Light", dark: "Dark", projector: "Projector" } as Record<string, string>,
    language: "Language",
    share: "Share",
    deck: "Deck",
    deckButton: (n: number) => (n === 1 ? "Deck, 1 slide" : `Deck, ${n} slides`),
    download: "Download",
    downloadMap: "Download map",
    downloadChart: "Download chart",
    downloadPrefectureMap: "Download prefecture map",
    downloadPrefecture: "Download prefecture chart",
    metric: "Metric",
    period: "Period",
    asOf: "As of",
    previousPeriod: "Previous period",
    nextPeriod: "Next period",
    ignoredTitle: "Some link settings were ignored",
    ignoredBody: " and the default used instead:",
    dismiss: "Dismiss",
    dismissNotice: "Dismiss notice",
    /** The embed's footer: where its numbers come from and the data's date; `lgfv`: the map shows Huatai FI's estimate. */
    embedSource: (lgfv: boolean, ratios: boolean, national: boolean, asOf: string) =>
      `Source: ${lgfv ? "Huatai FI's LGFV debt estimate (a broker's, not official), via GitHub xyqiao98-wq/Government-debt" : "MoF local bond disclosure platform"}${ratios ? (lgfv ? "; GDP: NBS and provincial accounts" : "; GDP/revenue: NBS and provincial accounts") : ""}${national ? "; national totals: MoF via Xinhua and others" : ""}. Data as of ${asOf}.`,
    embedPrefectureSource: (asOf: string) =>
      `Source: city and provincial finance departments' debt tables, rating reports and commercial databases; every figure's grade and document are in the atlas. Data as of ${asOf}.`,
    embedOpen: "Open in the China Local Debt Atlas ↗",
  },
  {
    title: "中国地方债务地图",
    skipToContent: "跳到地图或页面内容",
    tagline: "中国地方政府债务分布在哪里：逐省呈现，并标出2023年列名的12个重点高债务地区。每个数字都链接到其来源。",
    footer:
      "数据：财政部中国地方政府债券信息公开平台、国家统计局、各省决算及各数字所注明的新闻来源；各省城投债务为华泰固收的估算，单独显示。地图：Apache ECharts 4.9 地理数据（Apache-2.0）；未绘制南海诸岛。香港、澳门和台湾仅显示，不在统计范围内。",
    loading: "正在加载地图和数据……",
    loadFailed: "无法加载数据。",
    offline: (asOf: string, release: string | null) =>
      `离线：数据截至${asOf}${release ? `（数据版本 ${release}）` : ""}，为本设备保存的副本。`,
    offlineBody: "此后可能已有修订：联网并重新载入即可查看最新数字。",
    updateReady: "有新版本：",
    updateReload: "重新载入",
    asOfRelease: (asOf: string, release: string | null) => (release ? `${asOf}（数据版本 ${release}）` : asOf),
    slow: "加载时间比平时长。数据可能仍在传输中；也可以重试。",
    retry: "重试",
    views: { map: "地图", national: "全国", region: "地图", compare: "比较", events: "事件", sources: "来源与方法" },
    viewsLabel: "视图",
    toolbarLabel: "视图、指标和年份",
    theme: "主题",
    themeAuto: (current: string) =>
      `自动（${({ light: "浅色", dark: "深色", projector: "投影" } as Record<string, string>)[current] ?? current}）`,
    themes: { light: "浅色", dark: "深色", projector: "投影" },
    language: "语言",
    share: "分享",
    deck: "演示文稿",
    deckButton: (n: number) => `演示文稿，${n}页`,
    download: "下载",
    downloadMap: "下载地图",
    downloadChart: "下载图表",
    downloadPrefectureMap: "下载地市地图",
    downloadPrefecture: "下载地市图表",
    metric: "指标",
    period: "时期",
    asOf: "截至",
    previousPeriod: "上一时期",
    nextPeriod: "下一时期",
    ignoredTitle: "链接中的部分设置已被忽略",
    ignoredBody: "，改用默认值：",
    dismiss: "关闭",
    dismissNotice: "关闭提示",
    embedSource: (lgfv: boolean, ratios: boolean, national: boolean, asOf: string) =>
      `来源：${lgfv ? "华泰固收的城投债务估算（券商估算，非官方统计），经GitHub仓库xyqiao98-wq/Government-debt整理" : "财政部中国地方政府债券信息公开平台"}${ratios ? (lgfv ? "；地区生产总值：国家统计局及各省决算" : "；地区生产总值与一般公共预算收入：国家统计局及各省决算") : ""}${national ? "；全国合计：财政部（经新华社等发布）" : ""}。数据截至${asOf}。`,
    embedPrefectureSource: (asOf: string) =>
      `来源：各市及省财政部门债务表、评级报告和商业数据库；每个数字的来源等级与文件见地图网站。数据截至${asOf}。`,
    embedOpen: "在中国地方债务地图中打开 ↗",
  },
);
