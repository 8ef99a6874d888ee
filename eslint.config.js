/**
 * The house rules, checked rather than written down (docs/ARCHITECTURE.md says why each exists).
 *
 * - TypeScript's recommended rules and the React hooks rules.
 * - No import cycles (import-x/no-cycle, dynamic imports included).
 * - The dependency direction: app -> features -> data | state | ui | i18n | geo. Build scripts,
 *   the benchmark and the base layers import no feature; a feature imports another feature only
 *   where ALLOWED_CROSS_FEATURE below lists the pair with its reason.
 * - Only src/state reads `location` or writes `history`.
 * - No `lang === "zh"` branches outside src/i18n and ui/format.ts: words live in catalogues.
 * Formatting is Prettier's (npm run lint runs both).
 */
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const FEATURES = [
  "compare",
  "deck",
  "events",
  "export",
  "map",
  "national",
  "region",
  "releases",
  "share",
  "sources",
  "user-data",
];

/**
 * The cross-feature imports that are right: one feature shows another's subject. Each entry is
 * [importer, imported path under src/features, reason]. Anything else across features is an error.
 */
const ALLOWED_CROSS_FEATURE = [
  ["map", "events/MapEvents.tsx", "the map shows how many events each province has"],
  ["map", "events/lib", "event markers are laid out with the events' own rules"],
  ["region", "events", "a province's panel lists its events"],
  ["region", "map/MapLegend.tsx", "the prefecture map's legend is the atlas's choropleth legend"],
  ["user-data", "map", "the reader's own map is drawn with the atlas's choropleth pieces"],
  ["events", "export/DownloadMenu.tsx", "the Events view offers its downloads like every view"],
  ["events", "deck/AddToDeck.tsx", "the Events view can be added to the deck like every view"],
  ["sources", "releases/ReleaseList.tsx", "Sources & method lists the data releases and what each changed"],
  ["deck", "export/run-pptx.ts", "a deck downloads as the PowerPoint file a view's Download menu writes"],
  ["deck", "export/lib/export-context.ts", "a deck's slide is exported from the context a view's download is"],
  ["deck", "events/lib", "a deck's Events slide holds the events its filters select, as the view does"],
  ["export", "map/lib", "a map image is drawn from the same map model as the page"],
  ["export", "map/MapLegend.tsx", "a map image's legend uses the page legend's class labels"],
  ["export", "compare/lib", "the Compare CSV and image are built from Compare's ranked table and palette"],
  [
    "compare",
    "region/lib/prefecture-choropleth.ts",
    "the prefecture league names each grade's kind of document as the prefecture map does",
  ],
  [
    "compare",
    "region/prefecture-messages.ts",
    "the prefecture league words grades, doubtful and missing figures as the prefecture map does",
  ],
  ["export", "events/view-messages.ts", "the Events CSV is worded as the Events view"],
  ["export", "events/lib", "the Events CSV lists the filtered events as the view does"],
  [
    "export",
    "region/lib",
    "the prefecture map's and a prefecture's image and CSV are built from the page's own cells and series",
  ],
  ["export", "region/prefecture-messages.ts", "the prefecture CSVs word grades and missing figures as the page does"],
];

const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: "./src/features",
  except: [
    `./${feature}`,
    ...ALLOWED_CROSS_FEATURE.filter(([from]) => from === feature).map(([, path]) => `./${path}`),
  ],
  message: `features/${feature} may not import another feature; list a real need in ALLOWED_CROSS_FEATURE (eslint.config.js) with its reason.`,
}));

/** The base layers and the build tools import no feature and no composition. */
const baseZones = [
  [
    "./src/data",
    ["./src/features", "./src/app", "./src/state", "./src/ui"],
    "data/ is the base: no React, no view state",
  ],
  ["./src/geo", ["./src/features", "./src/app", "./src/state", "./src/ui", "./src/data"], "geo/ is pure geometry"],
  ["./src/i18n", ["./src/features", "./src/app", "./src/state", "./src/ui"], "i18n/ sits under every view"],
  ["./src/state", ["./src/features", "./src/app", "./src/ui"], "state/ owns the URL, below every view"],
  ["./src/ui", ["./src/features", "./src/app"], "ui/ is shared by features, so it cannot import one"],
  ["./scripts", ["./src/features", "./src/app", "./src/ui", "./src/state"], "build scripts share only pure layers"],
  ["./bench", ["./src"], "the benchmark measures the build, not the source"],
].map(([target, from, message]) => ({ target, from, message }));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "public/generated/**",
      "bench/.out/**",
      "test-results/**",
      "playwright-report/**",
      "node_modules/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-useless-path-segments": "error",
      "import-x/no-restricted-paths": ["error", { zones: [...featureZones, ...baseZones] }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // Words live in catalogues (defineMessages), never in `lang === "zh"` branches: only i18n/ and
    // the number conventions in ui/format.ts may branch on the language.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/i18n/**", "src/ui/format.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(zh|en)$/]",
          message: "Put the words in the feature's catalogue (defineMessages) and read them with the reader's lang.",
        },
      ],
    },
  },
  {
    // Only state/ reads the address bar or walks history (ARCHITECTURE: one owner of view state).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/state/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "location", message: "Read the view from state/ (useViewState), not from location." },
        { name: "history", message: "Change the view with setView from state/, not history." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "location", message: "Only state/ reads the URL." },
        { object: "window", property: "history", message: "Only state/ changes history." },
        { object: "document", property: "location", message: "Only state/ reads the URL." },
      ],
    },
  },
);
