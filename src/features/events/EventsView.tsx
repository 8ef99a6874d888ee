/** The Events view. */
import type { ViewProps } from "../view-props";

export function EventsView({ index }: ViewProps) {
  return (
    <section className="events-view" aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      <p>{index.covered.length} provinces.</p>
    </section>
  );
}
