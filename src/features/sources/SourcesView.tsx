/** The Sources & method view. */
import type { ViewProps } from "../view-props";

export function SourcesView({ index }: ViewProps) {
  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources & method</h2>
      <p>{index.covered.length} provinces.</p>
    </section>
  );
}
