/**
 * English / 中文. Each button names its language in that language, so a reader who cannot read the
 * current one still finds theirs. The choice goes into the URL (`lang`). A language's words may
 * be a download away (i18n/messages.ts): it starts when a pointer or the focus reaches its button,
 * and the caller switches once they are in.
 */
import type { Lang } from "../i18n/lang";
import { loadWords } from "../i18n/messages";
import { uiMessages } from "../ui/messages";

const OPTIONS: { lang: Lang; label: string; tag: string }[] = [
  { lang: "en", label: "English", tag: "en" },
  { lang: "zh", label: "中文", tag: "zh-CN" },
];

export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div className="lang-switch" role="group" aria-label={uiMessages[lang].languageGroup}>
      {OPTIONS.map((o) => (
        <button
          key={o.lang}
          type="button"
          lang={o.tag}
          aria-pressed={o.lang === lang}
          onPointerEnter={() => prefetch(o.lang)}
          onFocus={() => prefetch(o.lang)}
          onClick={() => onChange(o.lang)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** Starts fetching a language's words ahead of a click; a failure is reported by the click's own load. */
function prefetch(lang: Lang) {
  loadWords(lang).catch(() => {});
}
