/** Titles and legends of the scenario sheet's charts, in both languages. */
export const SCENARIO_CHART_LABELS = {
  en: {
    cost: "Yearly cost (kr.): current vs simulated",
    costSeries: "Total cost per year",
    co2e: "CO2e (t per year): current vs simulated",
    co2eSeries: "CO2e per year",
    unallocated: "Unallocated trips per day (simulated fleet)",
    unallocatedSeries: "Unallocated trips",
    lengths: "Trip lengths per vehicle type (simulated fleet)",
    kmCurrent: "km per vehicle in the period (current fleet)",
    kmSimulated: "km per vehicle in the period (simulated fleet)",
    kmSeries: "km",
  },
  da: {
    cost: "Årlig omkostning (kr.): nuværende mod simuleret",
    costSeries: "Samlet omkostning pr. år",
    co2e: "CO2e (t pr. år): nuværende mod simuleret",
    co2eSeries: "CO2e pr. år",
    unallocated: "Ikke-allokerede ture pr. dag (simuleret flåde)",
    unallocatedSeries: "Ikke-allokerede ture",
    lengths: "Turlængder pr. køretøjstype (simuleret flåde)",
    kmCurrent: "Km pr. køretøj i perioden (nuværende flåde)",
    kmSimulated: "Km pr. køretøj i perioden (simuleret flåde)",
    kmSeries: "Km",
  },
} as const;
