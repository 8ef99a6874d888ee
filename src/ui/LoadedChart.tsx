/** Renders a component from a code-split module, with a placeholder while it loads and a retry. */
import type { ComponentType, ReactNode } from "react";
import type { ModuleLoader } from "./module-loader";
import { useMessages } from "../i18n/context";
import { uiMessages } from "./messages";

interface Props<P> {
  loader: ModuleLoader<{ default: ComponentType<P> }>;
  props: P;
  /** What stands in while loading; defaults to a chart-sized placeholder. */
  fallback?: ReactNode;
}

export function LoadedChart<P extends object>({ loader, props, fallback }: Props<P>) {
  const state = loader.useModule();
  const t = useMessages(uiMessages);
  if (state.status === "ready") {
    const Chart = state.module.default;
    return <Chart {...props} />;
  }
  if (state.status === "error") {
    return (
      <div className="chart-loading error" role="alert">
        {t.partFailed}
        <button onClick={state.retry}>{t.retry}</button>
      </div>
    );
  }
  return fallback ?? <div className="chart-loading">{t.loadingChart}</div>;
}
