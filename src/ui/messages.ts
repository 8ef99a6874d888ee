/** Words of the shared UI pieces (figures, boundaries, loading, source lists). */
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
    },
  },
);
