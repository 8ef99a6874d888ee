/** The prefecture league loads when Compare first switches to prefectures: the province comparison never pays for it. */
import { moduleLoader } from "../../ui/module-loader";

export const leagueModule = moduleLoader(() => import("./PrefectureLeague"));
