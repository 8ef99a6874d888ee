/** Renders a component from a code-split module, with a placeholder while it loads and a retry. */
import type { ComponentType, ReactNode } from "react";
import type { ModuleLoader } from "./module-loader";

interface Props<P> {
  loader: ModuleLoader<{ default: ComponentType<P> }>;
  props: P;
  /** What stands in while loading; defaults to a chart-sized placeholder. */
  fallback?: ReactNode;
}

export function LoadedChart<P extends object>({ loader, props, fallback }: Props<P>) {
  const state = loader.useModule();
  if (state.status === "ready") {
    const Chart = state.module.default;
    return <Chart {...props} />;
  }
  if (state.status === "error") {
    return (
      <div className="chart-loading error" role="alert">
        This part of the atlas could not be loaded. <button onClick={state.retry}>Retry</button>
      </div>
    );
  }
  return fallback ?? <div className="chart-loading">Loading chart…</div>;
}
