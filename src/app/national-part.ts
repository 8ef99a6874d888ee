/**
 * The national summary beside the map (and the National page), a chunk of its own
 * (ui/deferred-component.ts; main.tsx decides when it is fetched): read, not used, until a reader
 * acts on it. Where the app adopts the built page, which shows it, its code is fetched once the
 * map works (after data-ready): React keeps the drawn summary inside its Suspense boundary
 * (MapPage) and adopts it when the code arrives; a click on it before then is replayed after.
 * Where the app draws a page that shows it, the code comes beside the data and App waits for both.
 */
import type { ComponentProps } from "react";
import type { NationalView as NationalViewComponent } from "../features/national/NationalView";
import { deferredComponent } from "../ui/deferred-component";

export const nationalPart = deferredComponent<ComponentProps<typeof NationalViewComponent>>(() =>
  import("../features/national/NationalView").then((m) => m.NationalView),
);
export const NationalView = nationalPart.Component;
