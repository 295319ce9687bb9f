import type { BusinessCaseInputKey } from "../../core/businesscase/inputs";
import type { SensitivityFactor } from "../../core/businesscase/sensitivity";
import type { CashFlowRowKey, ResultKey, SectionKey } from "./businessCaseLayout";
import type { Language } from "../../core/language";

type Labels = {
  sheet: string;
  title: string;
  note: string;
  linked: (sheet: string) => string;
  notLinked: string;
  sections: Record<SectionKey, string>;
  inputs: Record<BusinessCaseInputKey, string>;
  results: Record<ResultKey, string>;
  notes: {
    fleetManagementShown: string;
    linked: (sheet: string) => string;
    scenarioExample: string;
  };
  never: string;
  yes: string;
  no: string;
  monthsFormat: string;
  yearFormat: string;
  cashFlowCorner: string;
  cashFlow: Record<CashFlowRowKey, string>;
  sensitivityHeader: string[];
  sensitivityBase: string;
  factors: Record<SensitivityFactor, string>;
};

/** The business-case sheet's words in both languages; one place so the sheet, reader and tests agree. */
export const BUSINESS_CASE_LABELS: Record<Language, Labels> = {
  en: {
    sheet: "Business case",
    title: "FleetOptimiser business case: break-even",
    note:
      "Yellow cells are inputs: change one and every result follows. Amounts in kr excl. VAT. " +
      "Source: the FleetOptimiser scaling report, section 5, Figure 4.",
    linked: (sheet) => `The scenario figures are linked to the sheet '${sheet}'.`,
    notLinked:
      "No scenario linked: the scenario figures are the report's example (3 example cars phased out).",
    sections: {
      keyFigures: "Break-even",
      tool: "Fleet management and FleetOptimiser (kr per year)",
      car: "Running one car (per year)",
      money: "Money over time",
      scenario: "Scenario (per year)",
      cashFlow: "Cash flow of the scenario (kr)",
      sensitivity: "Sensitivity: one factor at a time",
    },
    inputs: {
      vehicles: "Vehicles in the fleet",
      fleetManagementPerVehicle: "Fleet-management subscription per vehicle per year",
      includeFleetManagement: "Count fleet management in the sum (1 = yes, 0 = no)",
      hosting: "Hosting and consumption",
      supportAgreement: "Support agreement (support, SLA, reporting)",
      supportHours: "Support hours at 1,000 kr",
      maintenance: "Maintenance, GDPR and compliance",
      developmentPool: "Development pool",
      productSecretariat: "Product secretariat",
      os2Contribution: "Contribution to OS2",
      onboarding: "Onboarding, one-off (fleet-management integration and KOMBIT SSO)",
      leasePerMonth: "Lease per month",
      kmPerYear: "km per year (average)",
      kmPerLitre: "Fuel economy (average)",
      fuelPricePerLitre: "Fuel price",
      whPerKm: "Electricity use (average)",
      electricityPricePerKwh: "Electricity price",
      servicePerMonth: "Service per month",
      ownerTaxPerHalfYear: "Green owner tax per half-year",
      insurancePerYear: "Insurance per year",
      co2PricePerTonne: "CO2 price (climate tax)",
      fuelCo2eKgPerLitre: "CO2e from fuel",
      electricityCo2eKgPerKwh: "CO2e from electricity",
      discountRate: "Discount rate (TCO method)",
      priceEscalation: "Price escalation per year",
      sensitivityStep: "Sensitivity: change of each factor (±)",
      vehiclesRemoved: "Vehicles removed by the scenario",
      yearlySaving: "Saving of the scenario",
      energySaving: "of which fuel and electricity",
      electricitySaving: "of which electricity",
      co2eSaving: "of which social cost of CO2e",
      allowanceSaving: "of which mileage allowance",
    },
    results: {
      breakEvenFirstYear: "Vehicles to phase out for break-even, first year",
      breakEvenLaterYears: "Vehicles to phase out for break-even, later years",
      breakEvenShareOfFleet: "Break-even, first year, as a share of the fleet",
      paybackMonths: "Payback of the onboarding with the scenario (months)",
      netPresentValue: "Net present value of the scenario, cash-flow years",
      coversBreakEven: "Does the scenario remove enough vehicles in year one?",
      operationPerYear: "FleetOptimiser operation per year",
      fleetManagementPerYear: "Fleet-management subscription, all vehicles",
      fleetManagementCounted: "Fleet-management subscription counted in the sum",
      firstYearCost: "Sum, first year",
      laterYearsCost: "Sum, later years",
      costPerVehicle: "Cost per vehicle per year (first year)",
      leasePerYear: "Lease",
      servicePerYear: "Service",
      ownerTaxPerYear: "Green owner tax",
      insurance: "Insurance",
      fuelCost: "Fuel",
      electricityCost: "Electricity",
      co2Tax: "CO2 climate tax",
      carCostPerYear: "Cost of one car per year",
      netYearlySaving: "Net saving per year after FleetOptimiser's cost",
    },
    notes: {
      fleetManagementShown: "shown; counted only when the switch above is 1",
      linked: (sheet) => `from '${sheet}'; type a number to override`,
      scenarioExample: "report's example; link a scenario or type your own",
    },
    never: "never",
    yes: "yes",
    no: "no",
    monthsFormat: '0.0 "months"',
    yearFormat: '"Year "0',
    cashFlowCorner: "kr",
    cashFlow: {
      cost: "FleetOptimiser (and fleet management), onboarding in year 1",
      saving: "Saving of the scenario",
      net: "Net cash flow",
      discountFactor: "Discount factor",
      presentValue: "Present value",
      cumulative: "Cumulative present value",
    },
    sensitivityHeader: [
      "Factor",
      "Change (±)",
      "Break-even, year 1: factor down",
      "Break-even, year 1: factor up",
      "Saving: factor down",
      "Saving: factor up",
    ],
    sensitivityBase: "As entered",
    factors: {
      fuelPrice: "Fuel price",
      electricityPrice: "Electricity price",
      co2ePrice: "CO2e price",
      kmPerYear: "km per year",
    },
  },
  da: {
    sheet: "Businesscase",
    title: "FleetOptimiser-businesscase: break-even",
    note:
      "Gule celler er input: ret en, og alle resultater følger med. Beløb i kr. ekskl. moms. " +
      "Kilde: FleetOptimiser-skaleringsrapporten, afsnit 5, figur 4.",
    linked: (sheet) => `Scenariets tal er koblet til arket '${sheet}'.`,
    notLinked: "Intet scenarie koblet på: scenariets tal er rapportens eksempel (3 eksempelbiler udfaset).",
    sections: {
      keyFigures: "Break-even",
      tool: "Fladestyring og FleetOptimiser (kr. pr. år)",
      car: "Drift af én bil (pr. år)",
      money: "Penge over tid",
      scenario: "Scenarie (pr. år)",
      cashFlow: "Scenariets pengestrøm (kr.)",
      sensitivity: "Følsomhed: én faktor ad gangen",
    },
    inputs: {
      vehicles: "Antal køretøjer",
      fleetManagementPerVehicle: "Abonnement fladestyring pr. køretøj pr. år",
      includeFleetManagement: "Medregn fladestyring i summen (1 = ja, 0 = nej)",
      hosting: "Hosting og consumption",
      supportAgreement: "Supportaftale (support, SLA, rapportering mv.)",
      supportHours: "Support, timer à 1.000 kr.",
      maintenance: "Vedligehold, GDPR og compliance",
      developmentPool: "Udviklingspulje",
      productSecretariat: "Produktsekretariat",
      os2Contribution: "Bidrag til OS2",
      onboarding: "Opstart, engangsbeløb (integration fladestyringssystem og KOMBIT SSO)",
      leasePerMonth: "Leasingomkostninger pr. måned",
      kmPerYear: "Antal km pr. år (gns.)",
      kmPerLitre: "Brændstofforbrug (gns.)",
      fuelPricePerLitre: "Udgifter brændstof",
      whPerKm: "Strømforbrug (gns.)",
      electricityPricePerKwh: "Udgifter strøm",
      servicePerMonth: "Serviceomkostninger pr. måned",
      ownerTaxPerHalfYear: "Grøn ejerafgift pr. halvår",
      insurancePerYear: "Forsikring pr. år",
      co2PricePerTonne: "Værdisætning CO2 (klimaafgift)",
      fuelCo2eKgPerLitre: "CO2e fra brændstof",
      electricityCo2eKgPerKwh: "CO2e fra strøm",
      discountRate: "Diskonteringsrente (TCO-metoden)",
      priceEscalation: "Prisfremskrivning pr. år",
      sensitivityStep: "Følsomhed: ændring af hver faktor (±)",
      vehiclesRemoved: "Køretøjer udfaset i scenariet",
      yearlySaving: "Scenariets besparelse",
      energySaving: "heraf brændstof og el",
      electricitySaving: "heraf el",
      co2eSaving: "heraf samfundsøkonomisk omkostning CO2e",
      allowanceSaving: "heraf kørepenge",
    },
    results: {
      breakEvenFirstYear: "Biler der skal udfases for break-even, første år",
      breakEvenLaterYears: "Biler der skal udfases for break-even, efterfølgende år",
      breakEvenShareOfFleet: "Break-even første år som andel af flåden",
      paybackMonths: "Tilbagebetaling af opstarten med scenariet (måneder)",
      netPresentValue: "Scenariets nutidsværdi over pengestrømmens år",
      coversBreakEven: "Udfaser scenariet nok køretøjer første år?",
      operationPerYear: "Drift af FleetOptimiser pr. år",
      fleetManagementPerYear: "Abonnement fladestyring, alle køretøjer",
      fleetManagementCounted: "Abonnement fladestyring medregnet i summen",
      firstYearCost: "Sum, første år",
      laterYearsCost: "Sum, efterfølgende år",
      costPerVehicle: "Omkostning pr. køretøj pr. år (første år)",
      leasePerYear: "Leasingomkostninger",
      servicePerYear: "Serviceomkostninger",
      ownerTaxPerYear: "Grøn ejerafgift",
      insurance: "Forsikring",
      fuelCost: "Udgifter brændstof",
      electricityCost: "Udgifter el",
      co2Tax: "CO2-klimaafgift",
      carCostPerYear: "Drift af én bil pr. år",
      netYearlySaving: "Nettobesparelse pr. år efter FleetOptimiser",
    },
    notes: {
      fleetManagementShown: "vises; medregnes kun når kontakten ovenfor er 1",
      linked: (sheet) => `fra '${sheet}'; skriv et tal for at overskrive`,
      scenarioExample: "rapportens eksempel; kobl et scenarie på eller skriv dine egne tal",
    },
    never: "aldrig",
    yes: "ja",
    no: "nej",
    monthsFormat: '0.0 "mdr."',
    yearFormat: '"År "0',
    cashFlowCorner: "kr.",
    cashFlow: {
      cost: "FleetOptimiser (og fladestyring), opstart i år 1",
      saving: "Scenariets besparelse",
      net: "Nettopengestrøm",
      discountFactor: "Diskonteringsfaktor",
      presentValue: "Nutidsværdi",
      cumulative: "Akkumuleret nutidsværdi",
    },
    sensitivityHeader: [
      "Faktor",
      "Ændring (±)",
      "Break-even år 1: faktor ned",
      "Break-even år 1: faktor op",
      "Besparelse: faktor ned",
      "Besparelse: faktor op",
    ],
    sensitivityBase: "Som indtastet",
    factors: {
      fuelPrice: "Brændstofpris",
      electricityPrice: "Elpris",
      co2ePrice: "CO2e-pris",
      kmPerYear: "Km pr. år",
    },
  },
};

/** A1 of every business-case sheet starts with one of these: how an existing one is recognised. */
export const BUSINESS_CASE_TITLE_PREFIXES = [
  BUSINESS_CASE_LABELS.en.title,
  BUSINESS_CASE_LABELS.da.title,
] as const;
