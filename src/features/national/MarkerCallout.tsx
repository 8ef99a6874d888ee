/** The details of the highlighted policy marker, drawn over the chart next to its line. */
import { useLang, useMessages } from "../../i18n/context";
import { formatPartialDate } from "../../ui/format";
import { sourceText } from "./Cite";
import type { CalloutPlace } from "./TimelineLayer";
import { precisionText } from "./lib/time-axis";
import type { TimelineMarker } from "./lib/timeline";
import { nationalPageMessages } from "./page-messages";

export function MarkerCallout({ marker, place }: { marker: TimelineMarker; place: CalloutPlace }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  // Open towards the side with more room, so the callout never covers its own marker.
  const right = place.x > place.width / 2;
  const style = right
    ? { right: `calc(100% - ${place.x - 10}px)`, top: place.y }
    : { left: place.x + 10, top: place.y };
  return (
    <div className="marker-callout" style={style} data-callout={marker.id}>
      <div className="marker-callout-date">
        <span className={`marker-number ${marker.tone}`}>{marker.number}</span> {formatPartialDate(marker.date, lang)}
        {precisionText(marker.span.precision, lang)}
      </div>
      <div className="marker-callout-title" lang={marker.title.lang}>
        {marker.title.text}
      </div>
      <div className="marker-callout-summary" lang={marker.summary.lang}>
        {marker.summary.text}
      </div>
      <div className="marker-callout-source">
        {t.sourceLabel}
        {sourceText(marker.source.name, marker.source.date, lang, marker.source.strength)}
      </div>
    </div>
  );
}
