/**
 * The two entry points the app shell places: the "Your data" button (header actions) and the map of
 * the analyst's data (in place of the atlas's map while it is shown). Both are small; the dialog,
 * the map view and the parsing worker load on first use.
 */
import { lazy, Suspense, useState, type ComponentProps } from "react";
import type { ProvinceRef } from "./lib/user-csv-format";
import { useMessages } from "../../i18n/context";
import { ViewBoundary } from "../../ui/ViewBoundary";
import { ViewLoading } from "../../ui/ViewLoading";
import { userDataMessages } from "./messages";
import { userDataStore, type UserDataStore } from "./store";
import { useUserData, useUserDataShowing } from "./use-user-data";
import "./user-data.css";

const loadDialog = () => import("./UserDataDialog").then((m) => ({ default: m.UserDataDialog }));
const loadView = () => import("./UserDataView").then((m) => ({ default: m.UserDataView }));
const UserDataDialog = lazy(loadDialog);
const UserDataView = lazy(loadView);

export { useUserDataShowing };

export function UserDataButton({
  provinces,
  store = userDataStore,
}: {
  provinces: readonly ProvinceRef[];
  store?: UserDataStore;
}) {
  const t = useMessages(userDataMessages);
  const { showing } = useUserData(store);
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  return (
    <>
      <button
        className={`user-data-button${showing ? " showing" : ""}`}
        aria-haspopup="dialog"
        onClick={() => {
          void loadView(); // so "Show on map" draws without waiting for the network
          setMounted(true);
          setOpen(true);
        }}
      >
        {t.button}
      </button>
      {mounted && (
        // A dialog whose code fails to load breaks only itself.
        <ViewBoundary name="Your data">
          <Suspense fallback={null}>
            <UserDataDialog open={open} onClose={() => setOpen(false)} provinces={provinces} store={store} />
          </Suspense>
        </ViewBoundary>
      )}
    </>
  );
}

export function UserDataMap(props: ComponentProps<typeof UserDataView>) {
  return (
    <Suspense fallback={<ViewLoading />}>
      <UserDataView {...props} />
    </Suspense>
  );
}
