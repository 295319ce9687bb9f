import { webLightTheme } from "@fluentui/react-components";

/**
 * Fluent's charts draw axis labels in caption2Strong: semibold 10 px in the theme's font. The page
 * uses the light theme.
 */
const AXIS_FONT = `${webLightTheme.fontWeightSemibold} ${webLightTheme.fontSizeBase100} ${webLightTheme.fontFamilyBase}`;
/** An average semibold 10 px character, where no canvas can measure (tests in happy-dom). */
const AVERAGE_CHAR_PX = 6;

/** A label as Fluent cuts it when it is longer than `chars` (the full text is its tooltip). */
export function truncatedLabel(label: string, chars: number): string {
  return label.length > chars ? `${label.slice(0, chars)}...` : label;
}

/**
 * The widest of these axis labels in pixels, as the page draws them. Fluent measures its own
 * y-axis labels to leave room for them, but (react-charts 9.3.25) looks the font up with a
 * selector built from a multi-class name, finds nothing, and measures in "Segoe UI", which a
 * machine without it replaces by another font: long labels came out cut at the chart's edge.
 */
export function axisLabelWidth(labels: readonly string[]): number {
  if (labels.length === 0) return 0;
  const context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return Math.max(...labels.map((l) => l.length)) * AVERAGE_CHAR_PX;
  context.font = AXIS_FONT;
  return Math.max(...labels.map((l) => context.measureText(l).width));
}
