/** The Compare view. */
import type { ViewProps } from "../view-props";

export function CompareView({ index }: ViewProps) {
  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      <p>{index.covered.length} provinces.</p>
    </section>
  );
}
