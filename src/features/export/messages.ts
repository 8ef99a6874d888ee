/**
 * The export's words on the map's first load: the Download menu and its status lines. Errors and
 * what the images and CSV files say are in run-messages.ts, which loads with run-export.ts on
 * first use.
 */
import { defineMessages } from "../../i18n/messages";

export const exportMessages = defineMessages(
  {
    // The menu
    download: "Download",
    items: {
      png: "Download PNG",
      slide: "Download slide (16:9)",
      svg: "Download SVG",
      csv: "Download CSV",
      pptx: "Download PowerPoint (.pptx)",
    },
    preparing: "Preparing…",
    saved: (name: string) => `Saved ${name}`,
    failed: (detail: string) => `Could not export: ${detail}`,
  },
  {
    download: "下载",
    items: {
      png: "下载PNG",
      slide: "下载幻灯片（16:9）",
      svg: "下载SVG",
      csv: "下载CSV",
      pptx: "下载PowerPoint（.pptx）",
    },
    preparing: "正在准备……",
    saved: (name: string) => `已保存 ${name}`,
    failed: (detail: string) => `无法导出：${detail}`,
  },
);
