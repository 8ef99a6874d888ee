/**
 * The embed's shell (EmbedApp), a chunk of its own (ui/deferred-component.ts): only an embed needs
 * it. main.tsx fetches it beside the data when the link is an embed, and App waits for both.
 */
import type { ComponentProps } from "react";
import { deferredComponent } from "../ui/deferred-component";
import type { EmbedApp as EmbedAppComponent } from "./EmbedApp";

export const embedPart = deferredComponent<ComponentProps<typeof EmbedAppComponent>>(() =>
  import("./EmbedApp").then((m) => m.EmbedApp),
);
