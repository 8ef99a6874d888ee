/**
 * The benchmark's baseline: the least a React 19 page built like the atlas can do. Its first paint
 * is the yardstick the atlas's map is measured against (see bench/run.ts).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <h1>China Local Debt Atlas</h1>
    <p>A bare React page, built with the same Vite setup as the atlas, for comparing first paint.</p>
  </StrictMode>,
);
