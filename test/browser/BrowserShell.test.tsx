// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BrowserShell } from "../../src/browser/BrowserShell";
import { FakeEngine } from "../taskpane/fakes";
import { anOverview } from "../taskpane/builders";
import { aFakeWorkbook } from "./fakeBrowserWorkbook";
import "../taskpane/render"; // happy-dom animation fix

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderShell(options: { openSampleOnStart?: boolean } = {}) {
  const workbook = aFakeWorkbook();
  const openWorkbook = vi.fn(async () => workbook);
  const download = vi.fn();
  const fetchMock = vi.fn(async () => new Response(new Uint8Array([1, 2, 3])));
  vi.stubGlobal("fetch", fetchMock);
  render(
    <FluentProvider theme={webLightTheme}>
      <BrowserShell
        language="en"
        engine={new FakeEngine({ overview: anOverview() })}
        openWorkbook={openWorkbook}
        sampleUrl="assets/sample/fleetoptimiser-sample.xlsx"
        openSampleOnStart={options.openSampleOnStart}
        download={download}
      />
    </FluentProvider>,
  );
  return { workbook, openWorkbook, download, fetchMock };
}

describe("BrowserShell", () => {
  it("asks for a workbook first, with Save unavailable", () => {
    renderShell();
    expect(screen.getByText("Open a workbook (.xlsx) or the sample workbook to begin.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Save .xlsx" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("opens the sample from the page's own origin and shows the app beside the sheets", async () => {
    const { fetchMock, openWorkbook } = renderShell();
    fireEvent.click(screen.getByRole("button", { name: "Open sample" }));
    await screen.findByRole("table", { name: "Køretøjer" }, { timeout: 10_000 });
    expect(fetchMock).toHaveBeenCalledWith("assets/sample/fleetoptimiser-sample.xlsx");
    expect(openWorkbook).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "Load data" })).toBeTruthy();
    expect(screen.getByText("fleetoptimiser-sample.xlsx")).toBeTruthy();
  });

  it("opens the sample by itself when asked to on start", async () => {
    renderShell({ openSampleOnStart: true });
    // A wait, not a speed check: the app and the viewer mount together, slowly on a busy machine.
    expect(await screen.findByRole("table", { name: "Køretøjer" }, { timeout: 10_000 })).toBeTruthy();
  });

  it("opens a file the user picks", async () => {
    const { openWorkbook } = renderShell();
    const file = new File([new Uint8Array([1])], "Flåde.xlsx");
    fireEvent.change(screen.getByLabelText("Open .xlsx"), { target: { files: [file] } });
    await screen.findByText("Flåde.xlsx");
    expect(openWorkbook).toHaveBeenCalledTimes(1);
  });

  it("saves the workbook's bytes under the original name plus -fleetoptimiser", async () => {
    const { download, workbook } = renderShell({ openSampleOnStart: true });
    const save = await screen.findByRole("button", { name: "Save .xlsx" });
    await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(workbook.saves).toBe(1);
    expect(download).toHaveBeenCalledWith(
      new Uint8Array([0x50, 0x4b, 3, 4]),
      "fleetoptimiser-sample-fleetoptimiser.xlsx",
    );
  });

  it("says why a file could not be opened", async () => {
    const { openWorkbook } = renderShell();
    openWorkbook.mockRejectedValueOnce(new Error("not a zip file"));
    fireEvent.click(screen.getByRole("button", { name: "Open sample" }));
    expect(await screen.findByText("Could not open fleetoptimiser-sample.xlsx: not a zip file")).toBeTruthy();
  });
});
