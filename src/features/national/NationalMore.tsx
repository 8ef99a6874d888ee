/** The National page's further charts: the official balance with the policy timeline, issuance, the rest. */
import type { AtlasIndex } from "../../data/atlas-index";
import { IssuanceFigure } from "./IssuanceFigure";
import { OfficialBalanceFigure } from "./OfficialBalanceFigure";
import { OtherFigures } from "./OtherFigures";

export function NationalMore({ index }: { index: AtlasIndex }) {
  return (
    <>
      <OfficialBalanceFigure index={index} />
      <IssuanceFigure index={index} />
      <OtherFigures index={index} />
    </>
  );
}
