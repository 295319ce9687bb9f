// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { SheetViewer } from "../../src/browser/SheetViewer";
import { FileWorkbookHost } from "../../src/hosts/file/fileWorkbookHost";
import { NUMBER_FORMATS as F, type WorkbookPlan } from "../../src/workbook/plan/types";
import type { Language } from "../../src/i18n/translate";
import { renderInPane } from "../taskpane/render";
import { FakeBrowserWorkbook, aFakeWorkbook } from "./fakeBrowserWorkbook";

afterEach(cleanup);

/** A small result sheet as the plans write it: formats, styles, a table, a heat map and a chart. */
const RESULT_PLAN: WorkbookPlan = {
  sheets: [
    {
      name: "Scenario",
      ranges: [
        { row: 1, col: 1, values: [["FleetOptimiser simulation"]], style: "title" },
        { row: 2, col: 1, values: [["A note"]], style: "note" },
        { row: 4, col: 1, values: [["Key figures", "Current fleet", "Simulated fleet"]], style: "header" },
        {
          row: 5,
          col: 1,
          values: [["Total cost (kr/yr)"], ["Share electric"], ["First day"]],
          style: "label",
        },
        {
          row: 5,
          col: 2,
          values: [[1909914.316269, 1803115.09]],
          columns: [{ format: F.dkk }, { format: F.dkk }],
        },
        {
          row: 6,
          col: 2,
          values: [[0.200896, 0.5]],
          columns: [{ format: F.percent }, { format: F.percent }],
        },
        { row: 7, col: 2, values: [[45719, 45720]], columns: [{ format: F.date }, { format: F.date }] },
      ],
      tables: [
        {
          name: "PerDay",
          row: 10,
          col: 1,
          columns: [
            { header: "Date", format: F.date },
            { header: "Unallocated trips", format: F.integer },
            { header: "Km", format: F.km },
          ],
          rows: [
            [45719, 4, 10],
            [45720, 0, 20],
            [45721, 2, 30],
          ],
        },
      ],
      conditionalFormats: [
        { kind: "colorScale", range: "C11:C13", lowColor: "#FFFFFF", highColor: "#63BE7B" },
        { kind: "threshold", range: "B11:B13", operator: "above", value: "$B$16", fillColor: "#FFC7CE" },
      ],
      charts: [
        {
          kind: "columnClustered",
          title: "Unallocated trips per day",
          categories: "A11:A13",
          series: [{ name: "Trips", values: "B11:B13" }],
          anchor: { row: 1, col: 5, widthCols: 8, heightRows: 15 },
          valueAxisMin: 0,
        },
        {
          kind: "line",
          title: "Km per day",
          categories: "A11:A13",
          series: [{ name: "Km", values: "C11:C13" }],
          anchor: { row: 17, col: 5, widthCols: 8, heightRows: 15 },
        },
      ],
    },
  ],
};

async function resultSheet(lang: Language = "en") {
  const host = FileWorkbookHost.empty();
  await host.writePlan(RESULT_PLAN);
  renderInPane(<SheetViewer workbook={host} />, lang);
  return { grid: await screen.findByRole("table", { name: "Scenario" }), host };
}

const cell = (grid: HTMLElement, address: string) =>
  grid.querySelector<HTMLElement>(`[data-cell="${address}"]`)!;

describe("SheetViewer", () => {
  it("shows a tab per sheet and the first sheet as a grid with column letters and row numbers", async () => {
    renderInPane(<SheetViewer workbook={aFakeWorkbook()} />);
    const grid = await screen.findByRole("table", { name: "Køretøjer" });
    expect(screen.getByRole("tab", { name: "Ture" })).toBeTruthy();
    expect(grid.querySelector("thead")!.textContent).toBe("ABCD");
    expect(cell(grid, "A2").textContent).toBe("1001");
  });

  it("shows amounts, percentages and dates through their number formats, in English", async () => {
    const { grid } = await resultSheet("en");
    expect(cell(grid, "B5").textContent).toBe("1,909,914 kr.");
    expect(cell(grid, "B6").textContent).toBe("20.1%");
    expect(cell(grid, "B7").textContent).toBe("2025-03-03");
    expect(cell(grid, "A11").textContent).toBe("2025-03-03");
    expect(cell(grid, "C11").textContent).toBe("10.0 km");
    // Numbers to the right, text to the left, as in Excel.
    expect(cell(grid, "B5").style.textAlign).toBe("right");
    expect(cell(grid, "A5").style.textAlign).toBe("left");
  });

  it("shows Danish separators on a Danish page", async () => {
    const { grid } = await resultSheet("da");
    expect(cell(grid, "B5").textContent).toBe("1.909.914 kr.");
    expect(cell(grid, "C5").textContent).toBe("1.803.115 kr.");
    expect(cell(grid, "B6").textContent).toBe("20,1%");
  });

  it("draws bold text, fills, column widths and the table's header and bands", async () => {
    const { grid, host } = await resultSheet();
    expect(cell(grid, "A1").style.fontWeight).toBe("700");
    expect(cell(grid, "A2").style.fontStyle).toBe("italic");
    expect(cell(grid, "B4").style.backgroundColor).toBe("#DDEBF7");
    // TableStyleMedium2: a blue header with white text, the first data row banded.
    expect(cell(grid, "A10").style.backgroundColor).toBe("#4472C4");
    expect(cell(grid, "A10").style.color).toBe("#FFFFFF");
    expect(cell(grid, "A11").style.backgroundColor).toBe("#D9E1F2");
    expect(cell(grid, "A12").style.backgroundColor).toBe("");
    const widths = [...grid.querySelectorAll("col")].map((c) => c.style.width);
    // The sheet's own widths (the host fits them to the contents), at Excel's 7 px per character + 5.
    const sheetWidths = (await host.sheetView("Scenario")).columnWidths;
    expect(sheetWidths.every((w) => w !== undefined && w > 8.43)).toBe(true);
    expect(widths.slice(1)).toEqual(sheetWidths.map((w) => `${Math.round(w! * 7 + 5)}px`));
  });

  it("colours a colour scale from the cells' values, lowest white and highest green", async () => {
    const { grid } = await resultSheet();
    expect(cell(grid, "C11").style.backgroundColor).toBe("#FFFFFF");
    expect(cell(grid, "C12").style.backgroundColor).toBe("#B1DFBD");
    expect(cell(grid, "C13").style.backgroundColor).toBe("#63BE7B");
    // Above an empty threshold cell (Excel compares with 0): the days with unallocated trips.
    expect(cell(grid, "B11").style.backgroundColor).toBe("#FFC7CE");
    expect(cell(grid, "B12").style.backgroundColor).toBe("");
    expect(cell(grid, "B13").style.backgroundColor).toBe("#FFC7CE");
  });

  it("draws the sheet's charts from its own cells: a bar per category, a point per value", async () => {
    await resultSheet();
    const bars = await screen.findByRole("figure", { name: "Unallocated trips per day" });
    await waitFor(() => expect(bars.querySelector("svg")).toBeTruthy(), { timeout: 10_000 });
    // Three days, three categories labelled as the sheet shows the dates; the bars carry the
    // cells' values (the day without unallocated trips has a bar of height 0, drawn as nothing).
    await waitFor(() => expect(bars.querySelectorAll("g[role='listbox']")).toHaveLength(3));
    const barLabels = [...bars.querySelectorAll("rect[role='option']")].map((b) =>
      b.getAttribute("aria-label"),
    );
    expect(barLabels).toEqual(["2025-03-03. Trips, 4.", "2025-03-05. Trips, 2."]);
    const line = screen.getByRole("figure", { name: "Km per day" });
    await waitFor(() => expect(line.querySelector("svg")).toBeTruthy(), { timeout: 10_000 });
    // One line through the three values of C11:C13, over the dates as the sheet shows them.
    expect(line.querySelector("[aria-label='Km, line 1 of 1 with 3 data points.']")).toBeTruthy();
    const ticks = [...line.querySelectorAll(".fui-cart__xAxis .tick text")].map((t) => t.textContent);
    expect(ticks).toEqual(["2025-03-03", "2025-03-04", "2025-03-05"]);
  });

  it("puts only the visible rows of a 100,000-row sheet in the page, and scrolls to any of them", async () => {
    const workbook = aFakeWorkbook(100_000);
    renderInPane(<SheetViewer workbook={workbook} />);
    const grid = await screen.findByRole("table", { name: "Køretøjer" });
    expect(grid.getAttribute("aria-rowcount")).toBe("100002");
    const rendered = grid.querySelectorAll("tbody tr[aria-rowindex]");
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(100);
    const scroller = grid.parentElement!;
    scroller.scrollTop = 50_000 * 20;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(cell(grid, "A50001")).toBeTruthy());
    expect(cell(grid, "A50001").textContent).toBe("51000");
    expect(cell(grid, "A2")).toBeNull();
    expect(grid.querySelectorAll("tbody tr[aria-rowindex]").length).toBeLessThan(100);
  });

  it("switches to the sheet the user picks", async () => {
    renderInPane(<SheetViewer workbook={aFakeWorkbook()} />);
    await screen.findByRole("table", { name: "Køretøjer" });
    fireEvent.click(screen.getByRole("tab", { name: "Ture" }));
    expect(await screen.findByRole("table", { name: "Ture" })).toBeTruthy();
  });

  it("goes to the selected error cell and highlights it, however far down", async () => {
    const workbook = aFakeWorkbook(5000);
    renderInPane(<SheetViewer workbook={workbook} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Ture" }));
    await screen.findByRole("table", { name: "Ture" });
    await act(() => workbook.selectCell("Køretøjer", "C4321"));
    const grid = await screen.findByRole("table", { name: "Køretøjer" });
    await waitFor(() => expect(cell(grid, "C4321")?.getAttribute("data-selected")).toBe("true"));
    expect(grid.querySelectorAll("[data-selected]")).toHaveLength(1);
  });

  it("brings a newly written sheet to the front", async () => {
    const workbook = aFakeWorkbook();
    renderInPane(<SheetViewer workbook={workbook} />);
    await screen.findByRole("table", { name: "Køretøjer" });
    await act(() => workbook.writePlan({ sheets: [{ name: "Scenarie 1", ranges: [], tables: [] }] }));
    expect(await screen.findByRole("table", { name: "Scenarie 1" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Scenarie 1" }).getAttribute("aria-selected")).toBe("true");
  });

  it("says so when a sheet is empty", async () => {
    renderInPane(<SheetViewer workbook={new FakeBrowserWorkbook(new Map([["Tom", []]]))} />);
    expect(await screen.findByText("This sheet is empty.")).toBeTruthy();
  });
});
