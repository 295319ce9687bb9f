// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, fireEvent, waitFor } from "@testing-library/react";
import ChartView from "../../src/browser/ChartView";
import { BAR_PX } from "../../src/browser/chartData";
import type { ViewChart } from "../../src/workbook/sheetView";
import { renderInPane } from "../taskpane/render";

afterEach(cleanup);

/**
 * happy-dom lays nothing out, and Fluent sizes a chart to its container's box: each element
 * reports the size of the nearest box with a pixel width and height in its style, as a browser would.
 */
const layout = HTMLElement.prototype.getBoundingClientRect;
function sizedBox(start: HTMLElement): DOMRect | null {
  for (let node: HTMLElement | null = start; node; node = node.parentElement) {
    const { width, height } = node.style;
    if (width.endsWith("px") && height.endsWith("px"))
      return new DOMRect(0, 0, parseFloat(width), parseFloat(height));
  }
  return null;
}
beforeAll(() => {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return sizedBox(this) ?? layout.call(this);
  };
});
afterAll(() => {
  HTMLElement.prototype.getBoundingClientRect = layout;
});

const vehicles = Array.from({ length: 40 }, (_, i) => ({ value: `Toyota Aygo X ${1001 + i}` }));

const bars = (container: HTMLElement) =>
  [...container.querySelectorAll<SVGRectElement>("rect[role='option']")].map((r) => ({
    label: r.getAttribute("aria-label") ?? "",
    top: Number(r.getAttribute("y")),
    height: Number(r.getAttribute("height")),
  }));

describe("ChartView", () => {
  it("gives each of 40 vehicles a readable bar and scrolls the chart inside its box", async () => {
    const chart: ViewChart = {
      kind: "bar",
      title: "km per vehicle in the period",
      categories: vehicles,
      series: [{ name: "km", values: vehicles.map((_, i) => 500 + 60 * i), format: '#,##0.0 "km"' }],
    };
    const { container } = renderInPane(<ChartView chart={chart} language="en" width={400} height={240} />);
    await waitFor(() => expect(bars(container)).toHaveLength(40), { timeout: 10_000 });
    const drawn = bars(container).sort((a, b) => a.top - b.top);
    for (const bar of drawn) expect(bar.height).toBe(BAR_PX);
    for (let i = 1; i < drawn.length; i++)
      expect(drawn[i].top - drawn[i - 1].top).toBeGreaterThan(BAR_PX - 0.01);
    // In the sheet's order from the top, named by vehicle with the value as the sheet formats it.
    expect(drawn[0].label).toBe("Toyota Aygo X 1001. km, 500.");
    expect(drawn[39].label).toBe("Toyota Aygo X 1040. km, 2.8k.");
    const box = [...container.querySelectorAll<HTMLElement>("div")].find((d) => d.style.height === "240px")!;
    expect(box.style.width).toBe("400px");
    const plot = box.querySelector<HTMLElement>("svg")!;
    expect(Number(plot.getAttribute("height"))).toBeGreaterThan(40 * BAR_PX);
    const ticks = [...container.querySelectorAll(".fui-cart__yAxis .tick text")].map((t) => t.textContent);
    expect(ticks).toHaveLength(40);
    expect(ticks).toContain("Toyota Aygo X 1001");
  });

  it("draws two series side by side per category, with their legend above the scrolling plot", async () => {
    const chart: ViewChart = {
      kind: "bar",
      title: "Time out vs parked at home",
      categories: vehicles,
      series: [
        { name: "Out", values: vehicles.map(() => 0.15), format: "0.0%" },
        { name: "Parked at home", values: vehicles.map(() => 0.8), format: "0.0%" },
      ],
    };
    const { container, getByText } = renderInPane(
      <ChartView chart={chart} language="en" width={400} height={240} />,
    );
    await waitFor(() => expect(bars(container)).toHaveLength(80), { timeout: 10_000 });
    const drawn = bars(container).sort((a, b) => a.top - b.top);
    for (let i = 1; i < drawn.length; i++)
      expect(drawn[i].top - drawn[i - 1].top).toBeGreaterThan(BAR_PX - 0.01);
    expect(drawn.slice(0, 3).map((b) => b.label)).toEqual([
      "Toyota Aygo X 1001. Out, 15%.",
      "Toyota Aygo X 1001. Parked at home, 80%.",
      "Toyota Aygo X 1002. Out, 15%.",
    ]);
    // The legend sits outside the plot's scroller, so it stays in view; the series' own names.
    const divs = [...container.querySelectorAll<HTMLElement>("div")];
    const frame = divs.find((d) => d.style.height === "240px")!;
    const plot = divs.find((d) => parseFloat(d.style.height) > 40 * 2 * BAR_PX)!;
    const legend = getByText("Parked at home");
    expect(frame.contains(legend)).toBe(true);
    expect(plot.parentElement!.contains(legend)).toBe(false);
    // Picking a series in that legend highlights its bars, as Fluent's own legend does.
    fireEvent.click(legend.closest("button")!);
    await waitFor(() => {
      const opacity = (series: string) =>
        new Set(
          [...container.querySelectorAll("rect[role='option']")]
            .filter((r) => r.getAttribute("aria-label")!.includes(`. ${series}, `))
            .map((r) => r.getAttribute("opacity")),
        );
      expect(opacity("Parked at home")).toEqual(new Set(["1"]));
      expect(opacity("Out")).toEqual(new Set(["0.1"]));
    });
  });

  it("plots a scatter's points, x from the category cells", async () => {
    const chart: ViewChart = {
      kind: "scatter",
      title: "Cost against CO2e (Pareto front)",
      categories: [{ value: 1_667_378 }, { value: 1_717_310 }],
      series: [{ name: "Fleets on the front", values: [24.2, 24.1] }],
    };
    const { container } = renderInPane(<ChartView chart={chart} language="en" width={400} height={240} />);
    await waitFor(() => expect(container.querySelectorAll("circle[role='option']")).toHaveLength(2), {
      timeout: 10_000,
    });
    const points = [...container.querySelectorAll("circle[role='option']")];
    expect(points.map((p) => p.getAttribute("aria-label"))).toEqual([
      expect.stringContaining("24.2"),
      expect.stringContaining("24.1"),
    ]);
  });
});
