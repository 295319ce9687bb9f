/** One year of the scenario's cash flow, kr; costs are negative. */
export interface CashFlowYear {
  year: number;
  /** FleetOptimiser's yearly cost (and the fleet-management subscription when counted), plus onboarding in year 1. */
  cost: number;
  saving: number;
  net: number;
  /** 1 ÷ (1 + discount rate)^year: the TCO method discounts year 1 too (÷ 1.04). */
  discountFactor: number;
  presentValue: number;
  cumulativePresentValue: number;
}

export interface CashFlowInputs {
  yearlyCost: number;
  onboarding: number;
  yearlySaving: number;
  discountRate: number;
  priceEscalation: number;
}

/**
 * Years 1…n of the scenario against the tool's cost. Costs and savings grow alike with the price
 * escalation from year 2 on (both are mostly prices: licences, lease, fuel); onboarding is paid
 * once, in year 1.
 */
export function cashFlow(c: CashFlowInputs, years: number): CashFlowYear[] {
  const rows: CashFlowYear[] = [];
  let cumulative = 0;
  for (let year = 1; year <= years; year++) {
    const growth = (1 + c.priceEscalation) ** (year - 1);
    const cost = -(c.yearlyCost * growth + (year === 1 ? c.onboarding : 0));
    const saving = c.yearlySaving * growth;
    const net = cost + saving;
    const discountFactor = 1 / (1 + c.discountRate) ** year;
    const presentValue = net * discountFactor;
    cumulative += presentValue;
    rows.push({ year, cost, saving, net, discountFactor, presentValue, cumulativePresentValue: cumulative });
  }
  return rows;
}
