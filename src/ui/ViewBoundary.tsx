/**
 * Keeps one view's failure (a chunk that would not load, a rendering bug) from blanking the page:
 * the rest of the atlas stays usable and the reader can retry.
 */
import { Component, type ReactNode } from "react";

interface State {
  error: Error | null;
}

export class ViewBoundary extends Component<{ name: string; children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <p>
          The {this.props.name} view could not be shown: {this.state.error.message || "an unexpected error"}. The rest of the atlas still works.
        </p>
        <button onClick={() => window.location.reload()}>Reload the page</button>
      </div>
    );
  }
}
