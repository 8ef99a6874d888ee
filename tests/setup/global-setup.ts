/**
 * Vitest's global setup: before any test file runs, public/generated/ must hold the assets the
 * tests read (the shared data loader in tests/support/real-data.ts, the projected maps, the font
 * manifest), built from the inputs as they are now. On a fresh clone that means building them
 * (`npm run prepare-assets`' four steps, ~10 s); when they are fresh it costs a few stat calls.
 * See generated-assets.ts for what "fresh" means for each step.
 */
import { ensureGeneratedAssets } from "./generated-assets";

export default async function setup() {
  await ensureGeneratedAssets();
}
