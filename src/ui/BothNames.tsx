/**
 * A province's or place's two names, the reader's first and the other after it marked with its own
 * language ("Guizhou 贵州" / "贵州 Guizhou"), so either can be recognised or typed, and a screen
 * reader says each in its own voice. Used wherever a list or tooltip names a province.
 */
import { useLang } from "../i18n/context";
import { namesInOrder } from "../i18n/domain";

export function BothNames({ en, zh }: { en: string; zh: string }) {
  const [first, second] = namesInOrder(en, zh, useLang());
  return (
    <>
      {first.text} <span lang={second.tag}>{second.text}</span>
    </>
  );
}
