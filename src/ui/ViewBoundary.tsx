/**
 * Keeps one view's failure (a chunk that would not load, a rendering bug) from blanking the page:
 * the rest of the atlas stays usable and the reader can retry.
 */
import { Component, type ReactNode } from "react";
import { useMessages } from "../i18n/context";
import { reloadPage } from "../state/address";
import { uiMessages } from "./messages";

interface State {
  error: Error | null;
}

/**
 * `quiet`: an optional part (a tooltip, a notice) whose failure shows nothing rather than a message;
 * the view around it goes on.
 */
export class ViewBoundary extends Component<{ name: string; quiet?: boolean; children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    if (this.props.quiet) return null;
    return <BoundaryMessage name={this.props.name} detail={this.state.error.message} />;
  }
}

function BoundaryMessage({ name, detail }: { name: string; detail: string }) {
  const t = useMessages(uiMessages);
  const names = t.viewNames;
  return (
    <div className="error-box" role="alert">
      <p>{t.viewFailed(names[name] ?? name, detail || t.unexpected)}</p>
      <button onClick={reloadPage}>{t.reload}</button>
    </div>
  );
}
