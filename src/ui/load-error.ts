/**
 * A failed data load in words: which file, and what went wrong, in the reader's language. Pure.
 * Errors that are not ours (a bug while indexing, say) keep their own message.
 */
import { DataLoadError } from "../data/queries";
import type { Lang } from "../i18n/lang";

const EN = {
  network: (file: string) =>
    `${file} could not be downloaded (the network request failed). Check the connection and retry.`,
  status: (file: string, detail: string) => `${file} could not be downloaded: ${detail}.`,
  json: (file: string) => `${file} is damaged: it is not valid JSON.`,
  shape: (file: string, detail: string) => `${file} is not what the atlas expects: ${detail}.`,
  other: (detail: string) => `Something went wrong while reading the data: ${detail}`,
};

const ZH: typeof EN = {
  network: (file) => `无法下载 ${file}（网络请求失败）。请检查网络连接后重试。`,
  status: (file, detail) => `无法下载 ${file}：服务器返回 ${detail.replace(/\D+/g, "")}。`,
  json: (file) => `${file} 已损坏：不是有效的 JSON。`,
  shape: (file, detail) => `${file} 的内容不符合要求：${detail}。`,
  other: (detail) => `读取数据时出错：${detail}`,
};

export function describeLoadError(error: unknown, lang: Lang = "en"): string {
  const t = lang === "zh" ? ZH : EN;
  if (error instanceof DataLoadError) {
    if (error.problem === "network") return t.network(error.file);
    if (error.problem === "json") return t.json(error.file);
    if (error.problem === "status") return t.status(error.file, error.detail);
    return t.shape(error.file, error.detail);
  }
  return t.other(error instanceof Error ? error.message : String(error));
}
