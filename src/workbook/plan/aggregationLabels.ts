import type { DiscardReason, FixDropReason, HomeSource } from "../../core/aggregation/types";
import type { Language } from "../../core/language";

type Labels = {
  tripsSheet: string;
  reportSheet: string;
  title: string;
  subtitle: (trips: number, complete: number, logs: number) => string;
  precisionNote: string;
  locationsTitle: string;
  vehiclesTitle: string;
  settingsTitle: string;
  warningsTitle: string;
  noLocation: string;
  common: {
    logs: string;
    logsUsed: string;
    roundTrips: string;
    complete: string;
    kmComplete: string;
    kmInTrips: string;
    kmAll: string;
    precision: string;
  };
  location: string;
  vehicles: string;
  vehicleId: string;
  homeFrom: string;
  radius: string;
  corrected: string;
  locationChanges: string;
  fixes: string;
  homeSources: Record<HomeSource, string>;
  discarded: Record<DiscardReason, string>;
  fixesDropped: Record<FixDropReason, string>;
  settingsHeader: [string, string, string, string];
  fromSheet: string;
  byDefault: string;
};

/** The aggregation's report labels in both languages; the Ture sheet's headers are always Danish. */
export const AGGREGATION_LABELS: Record<Language, Labels> = {
  en: {
    tripsSheet: "Ture",
    reportSheet: "Aggregation",
    title: "FleetOptimiser aggregation: round trips from logs and GPS points",
    subtitle: (trips, complete, logs) =>
      `${trips} round trips (${complete} complete) from ${logs} logs. The round trips are on the new Ture sheet.`,
    precisionNote:
      "Precision = km in complete round trips (leave home and come back within the radius) ÷ km of all logs.",
    locationsTitle: "Per location",
    vehiclesTitle: "Per vehicle",
    settingsTitle: "Rules used",
    warningsTitle: "Needs attention",
    noLocation: "(no location)",
    common: {
      logs: "Logs",
      logsUsed: "Logs used",
      roundTrips: "Round trips",
      complete: "Complete round trips",
      kmComplete: "km in complete round trips",
      kmInTrips: "km in all round trips",
      kmAll: "km of all logs",
      precision: "Precision",
    },
    location: "Location",
    vehicles: "Vehicles",
    vehicleId: "Bil id",
    homeFrom: "Home from",
    radius: "Radius (m)",
    corrected: "Distances raised to the straight line",
    locationChanges: "Location changes",
    fixes: "GPS fixes",
    homeSources: { sheet: "Køretøjer", inferred: "most log starts", none: "none" },
    discarded: {
      sameEndTime: "Dropped: same end time",
      tooLong: "Dropped: longer than the max log hours",
      outsideHome: "Dropped: not from home",
      belowMinimum: "Dropped: below the minimum km",
      unfinished: "Dropped: not back home when the data ends",
      overlapping: "Dropped: overlaps the previous log",
      duplicate: "Dropped: duplicate row",
      invalidPosition: "Dropped: position (0, 0) or impossible",
      noLocation: "Dropped: vehicle has no location",
    },
    fixesDropped: {
      invalidPosition: "GPS fixes dropped: (0, 0) or impossible",
      duplicate: "GPS fixes dropped: same time twice",
      speed: "GPS fixes dropped: impossible speed",
    },
    settingsHeader: ["Parameter", "Value", "Unit", "Source"],
    fromSheet: "Parametre sheet",
    byDefault: "default",
  },
  da: {
    tripsSheet: "Ture",
    reportSheet: "Aggregering",
    title: "FleetOptimiser-aggregering: rundture fra logninger og GPS-punkter",
    subtitle: (trips, complete, logs) =>
      `${trips} rundture (${complete} komplette) fra ${logs} logninger. Rundturene står på det nye Ture-ark.`,
    precisionNote:
      "Præcision = km i komplette rundture (fra hjemmet og tilbage inden for radius) ÷ km i alle logninger.",
    locationsTitle: "Pr. lokation",
    vehiclesTitle: "Pr. køretøj",
    settingsTitle: "Anvendte regler",
    warningsTitle: "Kræver opmærksomhed",
    noLocation: "(ingen lokation)",
    common: {
      logs: "Logninger",
      logsUsed: "Brugte logninger",
      roundTrips: "Rundture",
      complete: "Komplette rundture",
      kmComplete: "km i komplette rundture",
      kmInTrips: "km i alle rundture",
      kmAll: "km i alle logninger",
      precision: "Præcision",
    },
    location: "Lokation",
    vehicles: "Køretøjer",
    vehicleId: "Bil id",
    homeFrom: "Hjem fra",
    radius: "Radius (m)",
    corrected: "Distancer hævet til fugleflugt",
    locationChanges: "Lokationsskift",
    fixes: "GPS-punkter",
    homeSources: { sheet: "Køretøjer", inferred: "flest logningsstarter", none: "ingen" },
    discarded: {
      sameEndTime: "Fjernet: samme sluttid",
      tooLong: "Fjernet: længere end maks. timer",
      outsideHome: "Fjernet: ikke fra hjemmet",
      belowMinimum: "Fjernet: under minimum km",
      unfinished: "Fjernet: ikke hjemme da data slutter",
      overlapping: "Fjernet: overlapper forrige logning",
      duplicate: "Fjernet: dobbelt række",
      invalidPosition: "Fjernet: position (0, 0) eller umulig",
      noLocation: "Fjernet: køretøjet har ingen lokation",
    },
    fixesDropped: {
      invalidPosition: "GPS-punkter fjernet: (0, 0) eller umulige",
      duplicate: "GPS-punkter fjernet: samme tid to gange",
      speed: "GPS-punkter fjernet: umulig fart",
    },
    settingsHeader: ["Parameter", "Værdi", "Enhed", "Kilde"],
    fromSheet: "Parametre-arket",
    byDefault: "standard",
  },
};
