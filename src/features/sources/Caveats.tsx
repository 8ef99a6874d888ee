/** The caveats an analyst must know before comparing figures. Restated from data/README.md. */
import { lgfvCaveats } from "../../data/caveats";
import { useLang, useMessages } from "../../i18n/context";
import { sourcesMessages } from "./messages";

export function Caveats() {
  const t = useMessages(sourcesMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="method-caveats">
      <h3 id="method-caveats">{t.caveats}</h3>
      <ul className="caveat-list">
        {t.caveatList.map(([head, body]) => (
          <li key={head}>
            <strong>{head}</strong>
            {t.caveatGap}
            {body}
          </li>
        ))}
        <li>
          <strong>{t.lgfvCaveat}</strong>
          {t.caveatGap}
          {lgfvCaveats(lang).join(t.caveatGap)}
        </li>
      </ul>
    </section>
  );
}
