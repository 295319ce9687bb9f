import type { Language } from "../../core/language";

/** The dashboard sheet's labels in both languages. */
export const DASHBOARD_LABELS = {
  en: {
    sheet: "Dashboards",
    title: (location: string) => `FleetOptimiser dashboards: ${location}`,
    subtitle: (from: string, to: string, days: number) =>
      `${from} to ${to} (${days} days): the current fleet as it drove (trips from the Ture sheet).`,
    overviewTitle: "Overview",
    overview: {
      km: "Total km driven",
      trips: "Trips",
      co2e: "CO2e in the period",
      electric: "Share of km driven electric",
      vehicles: "Vehicles",
      kmThreshold: "Low use below (km per vehicle and period)",
      activityThreshold: "Low use below (share of time out)",
    },
    thresholdNote:
      "Change the two thresholds here to recolour the maps; their defaults come from the Parametre sheet " +
      "(dashboard_km_threshold, dashboard_activity_threshold).",
    kmTitle: {
      day: "km per vehicle per day",
      week: "km per vehicle per week",
      month: "km per vehicle per month",
    },
    week: (year: number, week: number) => `${year}, week ${week}`,
    vehicle: "Vehicle",
    total: "Total",
    activityTitle: (windows: string) => `Share of time out per day (of ${windows})`,
    wholeDay: "the whole day",
    wholeDayShort: "Whole day",
    shiftHours: "the shift hours",
    period: "Whole period",
    shiftTitle: "Time out vs parked at home per shift (whole period)",
    out: "Out",
    parked: "Parked at home",
    idleTitle: "Free vehicles by hour of the day (every minute of every day)",
    idleHeader: ["Hour", "Fewest free", "Average free"],
    kmChart: "km per vehicle in the period",
    activityChart: "Time out vs parked at home",
    idleChart: "Free vehicles by hour of the day",
    kmSeries: "km",
  },
  da: {
    sheet: "Dashboards",
    title: (location: string) => `FleetOptimiser-dashboards: ${location}`,
    subtitle: (from: string, to: string, days: number) =>
      `${from} til ${to} (${days} dage): den nuværende flåde, som den kørte (ture fra arket Ture).`,
    overviewTitle: "Overblik",
    overview: {
      km: "Kørte km i alt",
      trips: "Ture",
      co2e: "CO2e i perioden",
      electric: "Andel km kørt på el",
      vehicles: "Køretøjer",
      kmThreshold: "Lav brug under (km pr. køretøj og periode)",
      activityThreshold: "Lav brug under (andel af tiden ude)",
    },
    thresholdNote:
      "Ret de to grænser her for at farve kortene om; standardværdierne kommer fra arket Parametre " +
      "(dashboard_km_threshold, dashboard_activity_threshold).",
    kmTitle: {
      day: "Km pr. køretøj pr. dag",
      week: "Km pr. køretøj pr. uge",
      month: "Km pr. køretøj pr. måned",
    },
    week: (year: number, week: number) => `${year}, uge ${week}`,
    vehicle: "Køretøj",
    total: "I alt",
    activityTitle: (windows: string) => `Andel af tiden ude pr. dag (af ${windows})`,
    wholeDay: "hele døgnet",
    wholeDayShort: "Hele døgnet",
    shiftHours: "vagttimerne",
    period: "Hele perioden",
    shiftTitle: "Tid ude mod parkeret hjemme pr. vagtlag (hele perioden)",
    out: "Ude",
    parked: "Parkeret hjemme",
    idleTitle: "Ledige køretøjer pr. time på døgnet (hvert minut hver dag)",
    idleHeader: ["Time", "Færrest ledige", "Ledige i gennemsnit"],
    kmChart: "Km pr. køretøj i perioden",
    activityChart: "Tid ude mod parkeret hjemme",
    idleChart: "Ledige køretøjer pr. time på døgnet",
    kmSeries: "Km",
  },
} as const satisfies Record<Language, unknown>;
