import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { atlasQuery, geometryQuery } from "../data/queries";
import { App } from "./App";
import "./styles.css";

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// Start both downloads before React renders: the map needs both.
void queryClient.prefetchQuery(atlasQuery);
void queryClient.prefetchQuery(geometryQuery);

const root = document.getElementById("root")!;
// The map the built page carries (scripts/prerender.ts), unless public/boot.js hid all of it (another
// view, an embed): the app keeps showing it while its data arrives, then replaces it in one commit.
const drawn = root.querySelector(":scope > [data-prerendered]");
const prerendered =
  drawn && !(document.documentElement.dataset.prepaint ?? "").split(" ").includes("none") ? drawn.outerHTML : null;

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App prerendered={prerendered} />
    </QueryClientProvider>
  </StrictMode>,
);
