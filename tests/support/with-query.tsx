/** Renders a component with a fresh query client already holding the real events (no fetch in jsdom). */
import type { ReactNode } from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { realEvents } from "./real-data";

export function withQuery(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(["events"], realEvents());
  return <QueryClientProvider client={client}>{ui}</QueryClientProvider>;
}
