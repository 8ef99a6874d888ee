/** Sources & method: what the prefecture panel's figures are, how graded, how drawn, and their caveats. */
import { useMessages } from "../../i18n/context";
import { prefectureSourceMessages } from "./prefecture-messages";

export function PrefectureSources() {
  const t = useMessages(prefectureSourceMessages);
  return (
    <section aria-labelledby="sources-prefectures" className="sources-prefectures">
      <h3 id="sources-prefectures">{t.heading}</h3>
      <p>{t.lead}</p>
      <h4>{t.gradesHeading}</h4>
      <dl className="grade-list">
        {t.grades.map(([grade, meaning]) => (
          <div key={grade}>
            <dt>{grade}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <h4>{t.howHeading}</h4>
      <ul>
        {t.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>{t.caveatsHeading}</h4>
      <ul>
        {t.caveats.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
