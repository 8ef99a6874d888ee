/** The store as React state: components re-render when it changes. */
import { useSyncExternalStore } from "react";
import { userDataStore, type UserDataState, type UserDataStore } from "./store";

export function useUserData(store: UserDataStore = userDataStore): UserDataState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/** Whether the map should show the analyst's data instead of the atlas's metric. */
export function useUserDataShowing(store: UserDataStore = userDataStore): boolean {
  const state = useUserData(store);
  return state.showing && state.loaded !== null && state.period !== null;
}
