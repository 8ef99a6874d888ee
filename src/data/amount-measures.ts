/**
 * What an event's amount measures (events.csv `amount_measure`): one code per row with an
 * amount, classified from the row's own notes, summary and quote (data/README.md lists each code's
 * rows). Amounts of different measures are different things and are never added together; the
 * words for each code are in the Events feature's catalogue. `as const` so the list is the union.
 */
export const AMOUNT_MEASURES = [
  // Sales of existing state assets
  "sale_price", // price agreed or paid (incl. a provisional or computed price the source gives)
  "listing_price", // asking, floor or starting price of an asset put up for sale; outcome unknown
  "opening_price_no_sale", // opening price of an auction that drew no bid
  "sale_proceeds", // money raised or recovered by disposals (one or many)
  "sale_target", // money a plan expects disposals to raise
  "earnest_money", // earnest money received before a sale
  "equity_transfer_and_pledge", // equity sales and equity pledges together, split not given
  "debt_settled_in_kind", // debt settled by handing over assets (shares, property), not cash
  "asset_swap_value", // value offset in an asset swap
  "transferred_asset_value", // market value of assets or shares transferred, not cash
  "revitalised_asset_value", // value of assets "revitalised" (sold, leased, reassigned), not cash
  "revitalisation_income", // income from revitalising state assets
  "land_transfer_income", // land-use-right transfer income
  // Mining rights: new grants of the state's resources, not disposals of existing assets
  "mining_right_price", // price one mining right sold for
  "mining_right_starting_price", // starting price of a mining right offered; outcome unknown
  "mining_right_income", // total mining-right transfer income over a period or batch
  // Banks
  "bank_asset_price", // price paid for a bank's loans, assets or shares
  "bad_loans_retired", // bad loans written off or disposed of
  // Bonds, limits and debt
  "bond_size", // bonds planned or issued
  "debt_limit", // debt limit or bond quota allocated
  "debt_balance", // debt outstanding
  "debt_unpaid", // debt due but not paid
  "debt_restructured", // loans extended or restructured
  "debt_resolved", // debt a locality says it resolved
  "hidden_debt_found", // new hidden debt found by an audit or inspection
  "new_financing", // borrowing raised or committed (loans, securitisation)
  // Other money
  "fund_capital", // size of a fund or registered capital of a vehicle
  "funds_allocated", // fiscal funds allocated
  "idle_funds_returned", // idle funds to be returned to the treasury
  "state_capital_income", // state-capital income collected from state firms
  "planned_investment", // investment planned
  "interest_saved", // interest costs saved
  // The row's text does not say what its amount is
  "not_stated",
] as const;

export type AmountMeasure = (typeof AMOUNT_MEASURES)[number];

/** Measures of mining-right sales: fiscal resource revenue, not disposals of existing state assets. */
export const MINING_RIGHT_MEASURES: readonly AmountMeasure[] = [
  "mining_right_price",
  "mining_right_starting_price",
  "mining_right_income",
];

export const isAmountMeasure = (s: string): s is AmountMeasure => (AMOUNT_MEASURES as readonly string[]).includes(s);
