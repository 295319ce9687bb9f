// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { SheetViewer } from "../../src/browser/SheetViewer";
import { renderInPane } from "../taskpane/render";
import { aFakeWorkbook } from "./fakeBrowserWorkbook";

afterEach(cleanup);

describe("SheetViewer", () => {
  it("shows a tab per sheet and the first sheet as a grid with column letters and row numbers", async () => {
    renderInPane(<SheetViewer workbook={aFakeWorkbook()} />);
    const grid = await screen.findByRole("table", { name: "Køretøjer" });
    expect(screen.getByRole("tab", { name: "Ture" })).toBeTruthy();
    expect(grid.querySelector("thead")!.textContent).toBe("ABCD");
    expect(grid.querySelector('[data-cell="A2"]')!.textContent).toBe("1001");
  });

  it("shows only the first 200 rows and says so", async () => {
    renderInPane(<SheetViewer workbook={aFakeWorkbook(500)} />);
    const grid = await screen.findByRole("table", { name: "Køretøjer" });
    expect(grid.querySelectorAll("tbody tr")).toHaveLength(200);
    expect(screen.getByText("Only the first 200 rows are shown.")).toBeTruthy();
  });

  it("switches to the sheet the user picks", async () => {
    renderInPane(<SheetViewer workbook={aFakeWorkbook()} />);
    await screen.findByRole("table", { name: "Køretøjer" });
    fireEvent.click(screen.getByRole("tab", { name: "Ture" }));
    expect(await screen.findByRole("table", { name: "Ture" })).toBeTruthy();
  });

  it("goes to the selected error cell and highlights it, even below the first 200 rows", async () => {
    const workbook = aFakeWorkbook(500);
    renderInPane(<SheetViewer workbook={workbook} />);
    fireEvent.click(await screen.findByRole("tab", { name: "Ture" }));
    await screen.findByRole("table", { name: "Ture" });
    await act(() => workbook.selectCell("Køretøjer", "C321"));
    const grid = await screen.findByRole("table", { name: "Køretøjer" });
    await waitFor(() =>
      expect(grid.querySelector('[data-cell="C321"]')?.getAttribute("data-selected")).toBe("true"),
    );
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
});
