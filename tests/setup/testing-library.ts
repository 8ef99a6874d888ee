/**
 * Testing Library's waits (waitFor, findBy*) wait on a state, and give up after asyncUtilTimeout:
 * 1 s by default, a time bound in disguise. Under a loaded 2-core machine a code-split module
 * (an export's run-export.ts, say) can take longer than that to import in a fresh VM context, and
 * a test that waits for its message failed while the app was right. The bound here only ends a
 * test that hangs; Vitest's own testTimeout is above it.
 */
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 60_000 });
