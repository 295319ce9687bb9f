/**
 * What each parameter means, in the words of the Parametre sheet's Description column. Kept beside
 * the sheet schema, not in core: core knows a parameter's value and bounds, the workbook its text.
 */
export const PARAMETER_DESCRIPTIONS: Readonly<Record<string, { da: string; en: string }>> = {
  el_udledning: {
    da: "Udledningsfaktor for el (bruges som indtastet)",
    en: "Emission factor of electricity (used as entered)",
  },
  benzin_udledning: { da: "Udledningsfaktor for benzin", en: "Emission factor of petrol" },
  diesel_udledning: { da: "Udledningsfaktor for diesel", en: "Emission factor of diesel" },
  hvo_udledning: { da: "Udledningsfaktor for HVO", en: "Emission factor of HVO" },
  pris_el: { da: "Elpris", en: "Electricity price" },
  pris_benzin: { da: "Benzinpris", en: "Petrol price" },
  pris_diesel: { da: "Dieselpris", en: "Diesel price" },
  pris_hvo: { da: "HVO-pris", en: "HVO price" },
  vaerdisaetning_tons_co2: { da: "Samfundsøkonomisk værdisætning af CO2e", en: "Social cost of CO2e" },
  sub_time: {
    da: "Skiftetid før et køretøj kan tage næste tur",
    en: "Changeover time before a vehicle can take its next trip",
  },
  low: { da: "Kørepenge, lav sats (op til tærsklen)", en: "Mileage allowance up to the threshold" },
  high: { da: "Kørepenge over tærsklen", en: "Mileage allowance above the threshold" },
  distance_threshold: { da: "Tærskel for lav sats (km pr. år)", en: "Yearly km paid at the low rate" },
  undriven_type: { da: "Drivmiddel i medarbejderens egen bil", en: "Fuel of the employee's own car" },
  undriven_wltp: {
    da: "Medarbejderbilens forbrug (km/l, eller Wh/km for el)",
    en: "Employee car consumption (km/l, or Wh/km if electric)",
  },
  diskonteringsrente: {
    da: "Diskonteringsrente (POGI/TCO, ét år)",
    en: "Discount rate (POGI/TCO, one year)",
  },
  bike_max_km_per_trip: { da: "Længste tur på cykel", en: "Longest trip by bike" },
  bike_percent_of_trips: {
    da: "Andel af egnede ture cyklen tager",
    en: "Share of qualifying trips a bike takes",
  },
  bike_slots: {
    da: "Tidsrum hvor cykler kan bruges (flere adskilt af ;)",
    en: "Time windows when bikes can be used (several separated by ;)",
  },
  bike_speed: { da: "Højeste gennemsnitsfart for cykel", en: "Highest average speed by bike" },
  electrical_bike_speed: { da: "Højeste gennemsnitsfart for elcykel", en: "Highest average speed by e-bike" },
  bike_range: { da: "Cyklens rækkevidde pr. dag uden Rækkevidde", en: "Daily range of a bike without Range" },
  electrical_bike_range: {
    da: "Elcyklens rækkevidde pr. dag uden Rækkevidde",
    en: "Daily range of an e-bike without Range",
  },
  ev_default_rest: {
    da: "Elbilens hviletid når Hviletid mangler",
    en: "EV rest/charging hours when Rest is empty",
  },
  allocation_co2e_weight: {
    da: "Tildeling (grådig og optimal): vægt på CO2e-samfundsomkostningen mod kroner (0 = kun kroner, 1 = som prissat, 10 = CO2e tæller ti gange)",
    en: "Allocation (greedy and optimal): weight of the social cost of CO2e against money (0 = money only, 1 = as priced, 10 = CO2e counts ten times)",
  },
  allocation_time_limit: {
    da: "Optimal tildeling: sekunder før løseren stopper med den bedste tildeling indtil da",
    en: "Optimal allocation: seconds before the solver stops with its best allocation so far",
  },
  agg_radius_m: {
    da: "Afstand til en p-plads hvor en tur kan starte og slutte",
    en: "Distance to a parking spot within which a round trip starts and ends",
  },
  agg_min_km: { da: "Korteste tur der medtages", en: "Shortest round trip kept" },
  agg_max_log_hours: {
    da: "Logninger hvor bilen er tændt længere end dette fjernes",
    en: "Logs with the vehicle on for longer are dropped",
  },
  agg_split_hours: {
    da: "Ture længere end dette deles ved hvert ophold",
    en: "Round trips longer than this are split at every stop",
  },
  agg_split_stop_min: {
    da: "Ophold der deler en for lang tur",
    en: "The stop that splits an over-long round trip",
  },
  agg_straight_line: {
    da: "Brug fugleflugtsafstand når den er længere end den noterede (1 = til)",
    en: "Use the straight-line distance when longer than the recorded one (1 = on)",
  },
  agg_close_on_home_start: {
    da: "Afslut en åben tur når næste logning starter hjemme (1 = til)",
    en: "Close an open round trip when the next log starts at home (1 = on)",
  },
  agg_recover_orphans: {
    da: "Lav ture af logninger der ikke starter hjemme (1 = til)",
    en: "Make trips of logs that do not start at home (1 = on)",
  },
  agg_location_change: {
    da: "Følg en bil der er flyttet til en anden lokation (1 = til)",
    en: "Follow a vehicle that moved to another location (1 = on)",
  },
  agg_location_change_days: {
    da: "Så længe en bil skal være væk før lokationsskift",
    en: "How long a vehicle stays away before a location change counts",
  },
  agg_best_radius: {
    da: "Vælg den bedste radius pr. bil blandt listen (1 = til)",
    en: "Choose the best radius per vehicle from the list (1 = on)",
  },
  agg_radius_candidates_m: {
    da: "Radier der prøves når agg_best_radius er 1",
    en: "Radii tried when agg_best_radius is 1",
  },
  agg_infer_home: {
    da: "En bil uden Lokation får den lokation flest logninger starter ved (1 = til)",
    en: "A vehicle without Lokation gets the location most of its logs start at (1 = on)",
  },
  gps_stop_min: {
    da: "GPS-punkter: stilstand så længe afslutter en logning",
    en: "GPS points: standing still this long ends a log",
  },
  gps_stop_radius_m: {
    da: "GPS-punkter: stilstand betyder at blive inden for denne afstand",
    en: "GPS points: standing still means staying within this distance",
  },
  gps_max_speed_kmh: {
    da: "GPS-punkter: punkter der kræver højere fart fjernes",
    en: "GPS points: fixes that need a higher speed are dropped",
  },
  dashboard_km_threshold: {
    da: "Dashboards: km pr. køretøj og periode under denne grænse markeres som lav brug",
    en: "Dashboards: km per vehicle and period below this are marked as low use",
  },
  dashboard_activity_threshold: {
    da: "Dashboards: andel af tiden ude under denne grænse markeres som lav brug",
    en: "Dashboards: a share of time out below this is marked as low use",
  },
};
