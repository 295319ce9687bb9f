import { tokens } from "@fluentui/react-components";

/** A <fieldset> laid out as a plain column with its legend as a heading; shared by the fleet fields. */
export const fieldsetStyles = {
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    padding: 0,
    margin: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
} as const;
