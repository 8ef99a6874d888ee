/**
 * The deck's words on a view: "Add to deck" and what it says once added. The deck panel's and the
 * presentation's words are in panel-messages.ts, which load with them.
 */
import { defineMessages } from "../../i18n/messages";

export const deckMessages = defineMessages(
  {
    addToDeck: "Add to deck",
    added: (n: number) => `Added as slide ${n}`,
    full: (max: number) => `The deck is full (${max} slides)`,
    notLoaded: "Could not load the deck: check the connection and press again",
  },
  {
    addToDeck: "加入演示文稿",
    added: (n: number) => `已加入，第${n}页`,
    full: (max: number) => `演示文稿已满（${max}页）`,
    notLoaded: "无法加载演示文稿，请检查网络后再按一次",
  },
);
