/** The caveats an analyst must know before comparing figures. Restated from data/README.md. */
import { useMessages } from "../../i18n/context";
import { sourcesMessages } from "./messages";

export function Caveats() {
  const t = useMessages(sourcesMessages);
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
      </ul>
    </section>
  );
}
