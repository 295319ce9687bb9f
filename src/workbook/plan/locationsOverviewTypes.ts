/** The locations side by side (issue 17), as the engine returns them and the Locations overview sheet shows them. */
export interface LocationUse {
  name: string;
  vehicles: number;
  trips: number;
  km: number;
  /** km / (vehicles × days): what a vehicle of the location drives on an average day. */
  kmPerVehiclePerDay: number;
  /** Σ trip time / (vehicles × days × 24 h): the share of the time its vehicles are out (0–1). */
  shareOfTimeOut: number;
}

export interface LocationsOverview {
  fromDate: string | null;
  toDate: string | null;
  days: number;
  /** Lowest-utilised first (share of time out, then km per vehicle per day): where to look first. */
  locations: LocationUse[];
}
