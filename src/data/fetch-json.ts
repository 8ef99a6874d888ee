/** Fetching one generated file, and the error that names the file and what went wrong. */
const base = import.meta.env.BASE_URL;

/** What went wrong, so the interface can say it in the reader's language. */
export type DataLoadProblem = "network" | "status" | "json" | "shape";

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DataLoadProblem,
    /** The English detail: the status code, or what the file should have been. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/**
 * Fetches one generated file, turning every failure into a DataLoadError that names the file (or
 * `name`: a data file as the reader knows it, where an older release's copy is fetched).
 */
export async function fetchJson<T>(file: string, check: (value: unknown) => string | null, name = file): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}generated/${file}`);
  } catch {
    throw new DataLoadError(name, "network", "the network request failed");
  }
  if (!response.ok) throw new DataLoadError(name, "status", `the server answered ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataLoadError(name, "json", "the file is not valid JSON");
  }
  const problem = check(value);
  if (problem) throw new DataLoadError(name, "shape", problem);
  return value as T;
}

