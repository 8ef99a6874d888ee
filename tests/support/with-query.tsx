/**
 * Renders a component with a fresh query client already holding the real events and the list of
 * data releases (no fetch in jsdom).
 */
import { readFileSync } from "node:fs";
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReleaseIndex } from "../../src/data/releases";
import { realEvents } from "./real-data";

export function withQuery(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(["events"], realEvents());
  client.setQueryData(["releases"], realReleases());
  return <QueryClientProvider client={client}>{ui}</QueryClientProvider>;
}

/** public/generated/releases.json, as the data build wrote it. */
export const realReleases = () => JSON.parse(readFileSync("public/generated/releases.json", "utf8")) as ReleaseIndex;
