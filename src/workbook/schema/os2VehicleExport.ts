/**
 * OS2 FleetOptimiser's vehicle file `Oversigt_over_flåde.xlsx` (its configuration page exports and
 * imports it): one sheet, Sheet1, with these headers in this order; dates as DD-MM-YYYY text, Type
 * and Drivmiddel as names. It has no CO2 column. The reader matches these headers through the
 * aliases in sheets.ts; `fleetopt export-vehicles` writes them.
 */

export const OS2_VEHICLE_SHEET_NAME = "Sheet1";

/** OS2's header → the Køretøjer field it holds. */
export const OS2_VEHICLE_COLUMNS = [
  { header: "id", field: "id" },
  { header: "Nummerplade", field: "plate" },
  { header: "Mærke", field: "make" },
  { header: "Model", field: "model" },
  { header: "Type", field: "type" },
  { header: "Drivmiddel", field: "fuel" },
  { header: "Wltp (Fossil)", field: "kmPerLitre" },
  { header: "Wltp (El)", field: "whPerKm" },
  { header: "Procentvis WLTP", field: "capacityDecreasePct" },
  { header: "Rækkevidde (km)", field: "rangeKm" },
  { header: "Omk./år", field: "yearlyCostDkk" },
  { header: "Lokation", field: "location" },
  { header: "Afdeling", field: "department" },
  { header: "Forvaltning", field: "forvaltning" },
  { header: "Start leasing", field: "leaseStart" },
  { header: "Slut leasing", field: "leaseEnd" },
  { header: "Leasing type", field: "leasingType" },
  { header: "Kilometer pr/år", field: "kmPerYear" },
  { header: "Hvile", field: "restHours" },
] as const;

export const OS2_VEHICLE_HEADER: readonly string[] = OS2_VEHICLE_COLUMNS.map((c) => c.header);
