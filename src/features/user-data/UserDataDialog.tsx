/**
 * "Your data": pick (or drop) a CSV, watch it being read, see what was rejected and why, and put
 * it on the map. A native modal <dialog>: focus stays inside while open, Escape closes it, and focus
 * returns to the button that opened it. Everything from the file is rendered as text.
 */
import { useEffect, useId, useRef, type DragEvent } from "react";
import type { ProvinceRef } from "./lib/user-csv-format";
import { acceptedRows } from "./lib/user-csv-reader";
import { formatCount } from "../../ui/format";
import { regionsWithValues } from "./lib/user-map";
import { useMessages } from "../../i18n/context";
import { userDataDialogMessages } from "./dialog-messages";
import { hasValues, userDataStore, type LoadedFile, type UserDataStore } from "./store";
import { useUserData } from "./use-user-data";

/** Problems listed in the dialog; all are counted. */
export const LISTED_PROBLEMS = 200;

interface Props {
  open: boolean;
  onClose: () => void;
  provinces: readonly ProvinceRef[];
  store?: UserDataStore;
}

export function UserDataDialog({ open, onClose, provinces, store = userDataStore }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const t = useMessages(userDataDialogMessages);
  const { reading, loaded, cancelled } = useUserData(store);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) store.open(file, provinces);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    take(e.dataTransfer?.files);
  };

  const percent = reading && reading.total > 0 ? Math.floor((reading.bytesRead / reading.total) * 100) : 0;

  return (
    <dialog
      ref={ref}
      className="share-dialog user-data-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
    >
      <div className="dialog-head">
        <h2 id={`${id}-title`}>{t.title}</h2>
        <button className="close" onClick={onClose} aria-label={t.closeLabel}>
          ×
        </button>
      </div>
      <p className="user-intro">{t.intro}</p>
      <details className="user-format">
        <summary>{t.formatTitle}</summary>
        <ul>
          {t.formatRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>

      <div className="user-file">
        <label htmlFor={`${id}-file`}>{t.fileLabel}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = ""; // choosing the same file again reads it again
          }}
        />
        <span className="user-hint">{t.dropHint}</span>
      </div>

      {reading && (
        <div className="user-progress" data-testid="user-progress">
          <p>{t.reading(reading.fileName)}</p>
          <div className="user-progress-row">
            <progress
              max={100}
              value={percent}
              aria-label={t.progressLabel}
              aria-valuetext={t.progress(percent, reading.rows)}
            />
            <span>{t.progress(percent, reading.rows)}</span>
            <button onClick={() => store.cancel()}>{t.cancel}</button>
          </div>
        </div>
      )}

      <div role="status" aria-live="polite" className="user-status">
        {cancelled && !reading && <p>{t.cancelled}</p>}
        {loaded && !reading && <Summary loaded={loaded} />}
      </div>

      {loaded && !reading && !loaded.result.fatal && loaded.result.errors.length > 0 && <Problems loaded={loaded} />}

      {loaded && !reading && (
        <div className="user-actions">
          <button
            className="user-show"
            disabled={!hasValues(loaded)}
            onClick={() => {
              store.show();
              onClose();
            }}
          >
            {t.showOnMap}
          </button>
          <button onClick={() => store.clear()}>{t.remove}</button>
          <button onClick={onClose}>{t.close}</button>
        </div>
      )}
    </dialog>
  );
}

function Summary({ loaded }: { loaded: LoadedFile }) {
  const t = useMessages(userDataDialogMessages);
  const { result } = loaded;
  if (result.fatal) {
    return (
      <p className="user-fatal">
        {t.fileFailed(loaded.fileName)} {t.fatal(result.fatal)}
      </p>
    );
  }
  const data = result.data;
  return (
    <>
      <p className="user-summary" data-testid="user-summary">
        {t.summary(result.rowsRead, result.rejected)}
      </p>
      {result.rowsRead === 0 ? (
        <p>{t.headerOnly}</p>
      ) : hasValues(loaded) ? (
        <p>{t.accepted(acceptedRows(result), regionsWithValues(data), data.periods.length)}</p>
      ) : (
        <p>{t.nothingUsable}</p>
      )}
      {result.ignoredColumns.length > 0 && (
        <p>{t.ignoredColumns(result.ignoredColumns.map((c) => `"${c}"`).join(", "))}</p>
      )}
    </>
  );
}

function Problems({ loaded }: { loaded: LoadedFile }) {
  const t = useMessages(userDataDialogMessages);
  const id = useId();
  const { errors, errorCount } = loaded.result;
  const listed = errors.slice(0, LISTED_PROBLEMS);
  return (
    <section className="user-problems" aria-labelledby={`${id}-problems`}>
      <h3 id={`${id}-problems`}>{t.problemsTitle}</h3>
      <div className="user-problems-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.colRow}</th>
              <th scope="col">{t.colColumn}</th>
              <th scope="col">{t.colProblem}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((e, k) => (
              <tr key={k}>
                <td>{formatCount(e.row)}</td>
                <td>{e.column ?? t.wholeRow}</td>
                <td>{t.problem(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errorCount > listed.length && <p className="user-more">{t.more(errorCount - listed.length)}</p>}
    </section>
  );
}
