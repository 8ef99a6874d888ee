/**
 * "Your data": the header button's label, the one word of this feature on the map's first load.
 * The dialog's and the view's words are in dialog-messages.ts, which loads with them.
 */
import { defineMessages } from "../../i18n/messages";

export const userDataMessages = defineMessages({ button: "Your data" }, { button: "你的数据" });
