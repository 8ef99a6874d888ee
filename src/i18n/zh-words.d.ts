/** The Chinese words' chunk (scripts/language-split-plugin.ts): empty outside the production build. */
declare module "virtual:atlas-zh-words" {
  const parts: Record<string, readonly unknown[]>;
  export default parts;
}
