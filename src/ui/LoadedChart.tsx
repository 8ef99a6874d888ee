/** Renders a chart from a code-split module, with a placeholder while it loads and a retry. */
import type { ComponentType } from "react";
import type { ModuleLoader } from "./module-loader";

export function LoadedChart<P extends object>({ loader, props }: { loader: ModuleLoader<{ default: ComponentType<P> }>; props: P }) {
  const state = loader.useModule();
  if (state.status === "ready") {
    const Chart = state.module.default;
    return <Chart {...props} />;
  }
  if (state.status === "error") {
    return (
      <div className="chart-loading error" role="alert">
        The chart could not be loaded. <button onClick={state.retry}>Retry</button>
      </div>
    );
  }
  return <div className="chart-loading">Loading chart…</div>;
}
