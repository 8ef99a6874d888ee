/** The caveats an analyst must know before comparing figures. Restated from data/README.md. */
export function Caveats() {
  return (
    <section aria-labelledby="method-caveats">
      <h3 id="method-caveats">Caveats</h3>
      <ul className="caveat-list">
        <li>
          <strong>Official vs hidden debt.</strong> Balances are the statutory local government debt (general and special bonds). Hidden debt
          and financing-vehicle (LGFV) debt are estimates by the Ministry of Finance, Goldman Sachs or the IMF; they are shown apart, with whose
          they are, and never added to official figures.
        </li>
        <li>
          <strong>2015–2017.</strong> Year-end balances for these years are local statistics that include non-bond debt such as bank loans
          (platform note), not execution figures.
        </li>
        <li>
          <strong>Whole provinces.</strong> The platform reports Dalian, Ningbo, Xiamen, Qingdao and Shenzhen and the Xinjiang Production and
          Construction Corps separately; the atlas adds them to their province. For Xinjiang this assumes the platform's balance excludes the
          Corps, which it states only for limits.
        </li>
        <li>
          <strong>Preliminary 2025.</strong> Mid-2025 figures come from the monthly table (slightly different from annual totals, no limits);
          end-2025 figures are marked incomplete by the source. Ratios are not computed at mid-year.
        </li>
        <li>
          <strong>Revisions.</strong> GDP for 2014–2023 is the NBS vintage after the 4th economic census; 2024–2025 GDP is first-published local
          figures; Tibet 2024 comes from a later (5th-census) vintage. Older vintages are kept in the data as alternatives.
        </li>
        <li>
          <strong>Conflicting sources.</strong> Where sources disagree, each value is kept in <code>data/</code> and one is marked preferred;
          the atlas shows the preferred one and says how many alternatives exist. Known conflicts (Hebei 2021–2022 revenue, Xinjiang 2022–2024
          revenue scope) are listed in data/README.md.
        </li>
        <li>
          <strong>Missing.</strong> No province figures for 2014; Hainan's 2018 revenue; 2025 GDP and revenue for many provinces; limits for
          Hebei 2020 and Tibet 2024.
        </li>
      </ul>
    </section>
  );
}
