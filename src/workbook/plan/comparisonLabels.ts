import type { Language } from "../../core/language";

/** The comparison sheet's labels in both languages. */
export const COMPARISON_LABELS = {
  en: {
    sheet: "Scenario comparison",
    title: "FleetOptimiser scenario comparison",
    note:
      "Written by the add-in and rewritten whenever a scenario is added: edits here are lost then. " +
      "Figures are live links to the key figures of each scenario sheet (yearly cost and CO2e per year).",
    empty: "No scenario sheets yet: run a simulation.",
    header: [
      "Scenario sheet",
      "Kind",
      "Allocation",
      "Location",
      "From",
      "To",
      "Vehicles now",
      "Vehicles simulated",
      "Yearly cost now (kr.)",
      "Yearly cost simulated (kr.)",
      "Saving (kr./yr)",
      "CO2e now (t/yr)",
      "CO2e simulated (t/yr)",
      "CO2e saving (t/yr)",
      "Unallocated trips",
    ],
    kinds: { manual: "manual", optimal: "optimal", search: "search result" },
    costChart: "Yearly cost per scenario (kr.)",
    co2eChart: "CO2e per scenario (t per year)",
    now: "Current fleet",
    simulated: "Simulated fleet",
  },
  da: {
    sheet: "Scenariesammenligning",
    title: "FleetOptimiser-scenariesammenligning",
    note:
      "Skrevet af tilføjelsesprogrammet og skrevet igen, hver gang et scenarie tilføjes: rettelser her går tabt. " +
      "Tallene er levende links til nøgletallene på hvert scenarieark (årlig omkostning og CO2e pr. år).",
    empty: "Ingen scenarieark endnu: kør en simulering.",
    header: [
      "Scenarieark",
      "Slags",
      "Allokering",
      "Lokation",
      "Fra",
      "Til",
      "Køretøjer nu",
      "Køretøjer simuleret",
      "Årlig omkostning nu (kr.)",
      "Årlig omkostning simuleret (kr.)",
      "Besparelse (kr./år)",
      "CO2e nu (t/år)",
      "CO2e simuleret (t/år)",
      "CO2e-besparelse (t/år)",
      "Ikke-allokerede ture",
    ],
    kinds: { manual: "manuel", optimal: "optimal", search: "søgeresultat" },
    costChart: "Årlig omkostning pr. scenarie (kr.)",
    co2eChart: "CO2e pr. scenarie (t pr. år)",
    now: "Nuværende flåde",
    simulated: "Simuleret flåde",
  },
} as const satisfies Record<Language, unknown>;

/** A1 of a comparison sheet starts with one of these: how the add-in recognises its own sheet. */
export const COMPARISON_TITLES: readonly string[] = [COMPARISON_LABELS.en.title, COMPARISON_LABELS.da.title];
