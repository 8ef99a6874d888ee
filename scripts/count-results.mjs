// Prints "N passed, N failed" from the JSON reports of vitest and playwright, and exits non-zero
// when any test failed, a report is missing, or no test ran at all. `--check name=status` adds one
// check run outside the test runners (the lint) by its exit status: 0 passed, anything else failed.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let missing = 0;
const args = process.argv.slice(2);
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] !== "--check") {
    files.push(args[i]);
    continue;
  }
  const [name, status] = (args[++i] ?? "").split("=");
  if (status === "0") passed++;
  else {
    console.error(`check ${name || "(unnamed)"} failed (exit status ${status ?? "unknown"})`);
    failed++;
  }
}
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`no report at ${file}: that runner did not finish`);
    missing++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (typeof report.numPassedTests === "number") {
    // vitest (jest-compatible JSON)
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    // playwright: expected = passed, unexpected = failed, flaky counted as failed (no retries here)
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
    // A run that could not start (its web server's port taken, a config error) reports no test,
    // only errors: each counts as a failure, so the totals line never says "0 failed" then.
    for (const error of report.errors ?? []) {
      console.error(`${file}: ${String(error.message ?? error).split("\n")[0]}`);
      failed++;
    }
  } else {
    console.error(`unrecognised report ${file}`);
    missing++;
  }
}
console.log(`${passed} passed, ${failed + missing} failed`);
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0);
