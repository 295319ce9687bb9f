// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/app/App";
import { FakeEngine, FakeHost } from "./fakes";
import { anOverview } from "./builders";
import { renderInPane } from "./render";

afterEach(cleanup);

describe("the Dashboards action", () => {
  it("writes the engine's dashboard sheet for the form's location, in Danish", async () => {
    const host = new FakeHost(["Køretøjer", "Ture", "Parametre"]);
    const engine = new FakeEngine({ overview: anOverview() });
    renderInPane(<App host={host} engine={engine} language="da" />, "da");
    const load = await screen.findByRole("button", { name: "Indlæs data" });
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(load);
    const write = await screen.findByRole("button", { name: "Skriv dashboards" });
    await waitFor(() => expect((write as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(write);
    await screen.findByText("Dashboards skrevet til arket Dashboards.");
    expect(engine.dashboardRequests).toHaveLength(1);
    expect(engine.dashboardRequests[0]).toMatchObject({ location: "Rådhuset", language: "da" });
    expect(host.written.map((p) => p.sheets[0].name)).toEqual(["Dashboards"]);
  });
});
