/**
 * Adds the Content-Security-Policy to the built page (not the dev server, whose hot reload needs
 * an inline script). No inline or third-party script; data only from this origin; images may be
 * data: (the favicon) or blob: (exports drawn to a canvas); frames only of ourselves (the Share
 * preview). `frame-ancestors` cannot be set from a meta tag, which is what lets others embed us.
 * The dev server gets no policy (its hot reload needs an inline script), only the boot script.
 */
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "atlas-csp",
    transformIndexHtml(_html, ctx) {
      // The classic script that sets the theme before the first paint (public/boot.js), right after
      // the policy so the policy governs it. Added here rather than written in index.html, where Vite
      // would warn on every build that it cannot bundle a script without type="module" (it must not
      // be bundled: it runs before the bundle).
      const boot = { tag: "script", attrs: { src: "./boot.js" }, injectTo: "head-prepend" as const };
      if (ctx.server) return [boot];
      return [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
        boot,
      ];
    },
  };
}
