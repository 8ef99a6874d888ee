/** Shown for the moment a view's code is loading; a failed load is caught by the view boundary. */
export function ViewLoading() {
  return (
    <p className="muted" aria-busy="true">
      Loading…
    </p>
  );
}
