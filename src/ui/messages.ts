/** Words of the shared UI pieces (figures, boundaries, loading, source lists and links, key-region status). */
import type { SourceStrength } from "../data/source-strength";
import { defineMessages } from "../i18n/messages";

export const uiMessages = defineMessages(
  {
    loading: "Loading…",
    viewFailed: (name: string, detail: string) =>
      `The ${name} view could not be shown: ${detail}. The rest of the atlas still works.`,
    unexpected: "an unexpected error",
    reload: "Reload the page",
    /** ChartFigure, SourceList, LoadedChart */
    dataTable: "Data table",
    sources: "Sources: ",
    sourceJoin: "; ",
    role: (role: string) => `${role}:`,
    partFailed: "This part of the atlas could not be loaded. ",
    retry: "Retry",
    loadingChart: "Loading chart…",
    /** BarLineChart's readout: a series and its value at the column under the pointer. */
    readout: (series: string, value: string) => `${series}: ${value}`,
    // load-error.ts: a failed data load, which file and what went wrong.
    loadNetwork: (file: string) =>
      `${file} could not be downloaded (the network request failed). Check the connection and retry.`,
    loadStatus: (file: string, detail: string) => `${file} could not be downloaded: ${detail}.`,
    loadJson: (file: string) => `${file} is damaged: it is not valid JSON.`,
    loadShape: (file: string, detail: string) => `${file} is not what the atlas expects: ${detail}.`,
    loadOther: (detail: string) => `Something went wrong while reading the data: ${detail}`,
    /** The language switch's group name, in both languages so either reader finds it. */
    languageGroup: "Language 语言",
    /** SourceLink: between a source's name and its date. */
    sourceDateSep: ", ",
    /** SourceLink: what a source check found, after the source (data/source-strength.ts). */
    sourceStrength: {
      weak: "single weak source: a repost, mirror, AI summary or the like",
      partly_confirmed: "partly confirmed: some details rest on a weaker source",
    } as Record<SourceStrength, string>,
    strengthAside: (label: string) => ` (${label})`,

    // Key-region status (ui/key-status.ts): the sentence (map tooltip, announcement, province panel)
    // and the table cell (Compare's ranked table and its CSV). "No list yet" is one wording in both.
    keyListed: (since: string, pendingNote: string | null) =>
      `Key high-debt region (listed ${since})${pendingNote ? `; ${pendingNote}` : ""}`,
    keyExited: (on: string) => `Former key region: exited ${on}`,
    keyNotYet: (first: string) => `No key-region list yet (first drawn ${first})`,
    keyNever: "Not a key high-debt region",
    keyCellListed: (pendingNote: string | null) => `Key region${pendingNote ? `; ${pendingNote}` : ""}`,
    /** A pending change to a key region's status: the data's words, then the date as the source gives it. */
    keyPending: (kind: string, date: string) => `${kind} (${date})`,
    keyCellExited: (on: string) => `Exited ${on}`,
    keyCellNever: "No",
    /** Names the error boundaries use (ViewBoundary's `name`). */
    viewNames: {
      Compare: "Compare",
      Events: "Events",
      "Sources & method": "Sources & method",
      National: "National",
      map: "map",
      province: "province",
      "national summary": "national summary",
      "Your data": "Your data",
      Share: "Share",
      embed: "embedded view",
    } as Record<string, string>,
  },
  {
    loading: "加载中……",
    viewFailed: (name: string, detail: string) => `无法显示“${name}”视图：${detail}。地图的其余部分仍可使用。`,
    unexpected: "意外错误",
    reload: "重新加载页面",
    dataTable: "数据表",
    sources: "来源：",
    sourceJoin: "；",
    role: (role: string) => `${role}：`,
    partFailed: "这部分内容无法加载。",
    retry: "重试",
    loadingChart: "正在加载图表……",
    readout: (series: string, value: string) => `${series}：${value}`,
    loadNetwork: (file: string) => `无法下载 ${file}（网络请求失败）。请检查网络连接后重试。`,
    // The HTTP status alone: the server's reason phrase is English.
    loadStatus: (file: string, detail: string) => `无法下载 ${file}：服务器返回 ${detail.replace(/\D+/g, "")}。`,
    loadJson: (file: string) => `${file} 已损坏：不是有效的 JSON。`,
    loadShape: (file: string, detail: string) => `${file} 的内容不符合要求：${detail}。`,
    loadOther: (detail: string) => `读取数据时出错：${detail}`,
    languageGroup: "语言 Language",
    sourceDateSep: "，",
    sourceStrength: {
      weak: "单一弱来源：转载、镜像、AI摘要之类",
      partly_confirmed: "仅部分得到证实：部分细节只见于较弱的来源",
    },
    strengthAside: (label: string) => `（${label}）`,

    keyListed: (since: string, pendingNote: string | null) =>
      `重点省份（${since}列入）${pendingNote ? `；${pendingNote}` : ""}`,
    keyExited: (on: string) => `已于${on}退出重点省份名单`,
    // 划定 (drew up the list of regions), not 制定 (formulated a policy): the list was drawn in Sept 2023.
    keyNotYet: (first: string) => `重点省份名单尚未出台（${first}首次划定）`,
    keyNever: "非重点省份",
    keyCellListed: (pendingNote: string | null) => `重点省份${pendingNote ? `；${pendingNote}` : ""}`,
    keyPending: (kind: string, date: string) => `${kind}（${date}）`,
    keyCellExited: (on: string) => `${on}退出`,
    keyCellNever: "否",
    viewNames: {
      Compare: "比较",
      Events: "事件",
      "Sources & method": "来源与方法",
      National: "全国",
      map: "地图",
      province: "省份",
      "national summary": "全国概况",
      "Your data": "你的数据",
      Share: "分享",
      embed: "嵌入视图",
    },
  },
);
