// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/app/App";
import { FakeEngine, FakeHost } from "./fakes";
import { aCellError, anOverview, aSummary } from "./builders";
import { renderInPane } from "./render";

afterEach(cleanup);

/** Intl puts a no-break space before "kr."; compare text as a user reads it. */
function text(element: Element): string {
  return (element.textContent ?? "").replace(/\u00a0/g, " ");
}

async function loadData() {
  const load = await screen.findByRole("button", { name: "Load data" });
  await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(load);
  // A loaded machine can take more than findBy's default second to load and switch tabs.
  await screen.findByRole("combobox", { name: "Location" }, { timeout: 10_000 });
}

describe("App", () => {
  it("proposes the input sheets from their names", async () => {
    const host = new FakeHost(["Noter", "Køretøjer", "Ture", "Parametre"]);
    renderInPane(<App host={host} engine={new FakeEngine({ overview: anOverview() })} language="en" />);
    const vehicles = (await screen.findByRole("combobox", {
      name: /Vehicles \(Køretøjer\)/,
    })) as HTMLSelectElement;
    expect(vehicles.value).toBe("Køretøjer");
    expect((screen.getByRole("combobox", { name: /Trips \(Ture\)/ }) as HTMLSelectElement).value).toBe(
      "Ture",
    );
  });

  it("loads the data, runs, writes the result sheet and shows the summary in Danish", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const engine = new FakeEngine({ overview: anOverview(), summary: aSummary() });
    renderInPane(<App host={host} engine={engine} language="da" />, "da");
    const load = await screen.findByRole("button", { name: "Indlæs data" });
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(load);
    await screen.findByRole("combobox", { name: "Lokation" });
    // Loading takes the user to the Simulate tab; the data found stays on the Data tab.
    expect(screen.getByRole("tab", { name: "Simulér" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.click(screen.getByRole("tab", { name: "Data" }));
    expect(text(screen.getByRole("table", { name: "Fundne data" }))).toContain("Rådhuset240");
    expect(screen.queryByRole("combobox", { name: "Lokation" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Simulér" }));

    fireEvent.click(screen.getByRole("button", { name: "Kør simulering" }));
    const result = await screen.findByRole("region", { name: "3. Resultat" });
    expect(host.written).toHaveLength(1);
    expect(engine.requests[0]).toMatchObject({ location: "Rådhuset", currentIds: ["1", "2"] });
    const figures = text(result);
    expect(figures).toContain("Resultatark: Scenarie 1");
    expect(figures).toContain("1.234.567 kr.");
    expect(figures).toContain("987.654 kr.");
    expect(figures).toContain("246.913 kr.");
    expect(figures).toContain("11,6 t");
    expect(figures).toContain("0 → 3");
  });

  it("lists the engine's errors and selects the first error's cell by itself", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    const errors = [aCellError(), aCellError({ sheet: "Ture", cell: "B9" })];
    renderInPane(<App host={host} engine={new FakeEngine({ errors })} language="en" />);
    fireEvent.click(await screen.findByRole("button", { name: "Load data" }));
    await screen.findByText("The data needs fixing");
    await waitFor(() => expect(host.selected).toEqual([{ sheet: "Køretøjer", cell: "G3" }]));
    fireEvent.click(screen.getByRole("button", { name: /^Ture!B9:/ }));
    await waitFor(() => expect(host.selected).toContainEqual({ sheet: "Ture", cell: "B9" }));
  });

  it("cancels a run back to idle, writing nothing, and a new run still works", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    const engine = new FakeEngine({ overview: anOverview(), hang: true });
    renderInPane(<App host={host} engine={engine} language="en" />);
    await loadData();
    fireEvent.click(screen.getByRole("button", { name: "Run simulation" }));
    await screen.findByText("Simulating the new fleet…");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByText("The run was cancelled. Nothing was written.");
    expect(host.written).toEqual([]);
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();

    // The engine answers this time: the pane is usable after a cancel.
    Object.assign(engine, { script: { overview: anOverview(), summary: aSummary() } });
    fireEvent.click(screen.getByRole("button", { name: "Run simulation" }));
    await screen.findByRole("region", { name: "3. Result" });
    expect(host.written).toHaveLength(1);
  });

  it("offers a template for an empty workbook and maps its sheets once written", async () => {
    const host = new FakeHost([]);
    renderInPane(<App host={host} engine={new FakeEngine({})} language="da" />, "da");
    await screen.findByText("Projektmappen har ingen ark.");
    expect((screen.getByRole("button", { name: "Indlæs data" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Opret skabelon" }));
    await screen.findByText(/Skabelonens ark er oprettet: Køretøjer, Ture, Parametre/);
    const vehicles = screen.getByRole("combobox", { name: /Køretøjer/ }) as HTMLSelectElement;
    await waitFor(() => expect(vehicles.value).toBe("Køretøjer"));
    const mapping = screen.getByRole("region", { name: "1. Inputdata" });
    expect((within(mapping).getByRole("button", { name: "Indlæs data" }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it("shows one section at a time as tabs, in the order of the work", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    renderInPane(<App host={host} engine={new FakeEngine({ overview: anOverview() })} language="en" />);
    const tabs = within(await screen.findByRole("tablist", { name: "Sections" })).getAllByRole("tab");
    // A tab's first span is its label (Fluent adds a hidden copy that reserves the bold width).
    expect(tabs.map((tab) => tab.querySelector("span")?.textContent)).toEqual([
      "Data",
      "Simulate",
      "Search",
      "Plan",
      "Business case",
      "Aggregate",
    ]);
    expect(screen.getByRole("region", { name: "1. Input data" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Business case" })).toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "Business case" }));
    expect(screen.getByRole("region", { name: "Business case" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "1. Input data" })).toBeNull();

    // Simulate and Search work on loaded data: before it they say where to start.
    fireEvent.click(screen.getByRole("tab", { name: "Search" }));
    expect(screen.getByRole("tabpanel").textContent).toContain("Load the data first");
  });

  it("keeps a section's state while another tab is shown", async () => {
    const host = new FakeHost(["Køretøjer", "Ture"]);
    const engine = new FakeEngine({ overview: anOverview(), summary: aSummary() });
    renderInPane(<App host={host} engine={engine} language="en" />);
    await loadData();
    fireEvent.click(screen.getByRole("button", { name: "Run simulation" }));
    await screen.findByRole("region", { name: "3. Result" });
    fireEvent.click(screen.getByRole("tab", { name: "Plan" }));
    expect(screen.queryByRole("region", { name: "3. Result" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Simulate" }));
    expect(screen.getByRole("region", { name: "3. Result" })).toBeTruthy();
  });
});
