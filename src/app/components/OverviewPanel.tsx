import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { InputOverview } from "../../engine/api";
import { useI18n } from "../../i18n/I18nContext";
import { formatInteger, formatIsoDate } from "../../i18n/format";

/** What "Load data" found: vehicles and trips per location, and the dates the trips cover. */
export function OverviewPanel({ overview }: { overview: InputOverview }) {
  const { lang, t } = useI18n();
  return (
    <section aria-label={t("overview.title")}>
      {overview.locations.length === 0 ? (
        <Caption1>{t("overview.noLocations")}</Caption1>
      ) : (
        <Table size="extra-small" aria-label={t("overview.title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("overview.location")}</TableHeaderCell>
              <TableHeaderCell>{t("overview.vehicles")}</TableHeaderCell>
              <TableHeaderCell>{t("overview.trips")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.locations.map((l) => (
              <TableRow key={l.name}>
                <TableCell>{l.name}</TableCell>
                <TableCell>{formatInteger(l.vehicleCount, lang)}</TableCell>
                <TableCell>{formatInteger(l.tripCount, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Caption1>
        {overview.firstDate !== null && overview.lastDate !== null
          ? t("overview.dateRange", {
              from: formatIsoDate(overview.firstDate, lang),
              to: formatIsoDate(overview.lastDate, lang),
            })
          : t("overview.noTrips")}
      </Caption1>
    </section>
  );
}
