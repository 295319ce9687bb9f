// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { ErrorList } from "../../src/app/components/ErrorList";
import { renderInPane } from "./render";
import { aCellError } from "./builders";

afterEach(cleanup);

describe("ErrorList", () => {
  it("shows each error with its sheet, cell and fix in English", () => {
    renderInPane(<ErrorList errors={[aCellError()]} onSelect={() => {}} />);
    expect(
      screen.getByRole("button", {
        name: "Køretøjer!G3: WLTP Fossil must be a number, not “fast”. Fix: Enter km per litre, e.g. 18.5.",
      }),
    ).toBeTruthy();
  });

  it("shows the Danish message and fix when the pane is in Danish", () => {
    renderInPane(<ErrorList errors={[aCellError()]} onSelect={() => {}} />, "da");
    expect(screen.getByText("Data skal rettes")).toBeTruthy();
    expect(
      screen.getByRole("button", { name: /G3: WLTP Fossil skal være et tal.* Ret: Skriv km pr\. liter/ }),
    ).toBeTruthy();
  });

  it("selects the error's cell when the user clicks it", () => {
    const onSelect = vi.fn();
    const second = aCellError({ sheet: "Ture", cell: "C12", messageEn: "Sluttid is before Starttid." });
    renderInPane(<ErrorList errors={[aCellError(), second]} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole("button", { name: /^Ture!C12:/ }));
    expect(onSelect).toHaveBeenCalledWith(second);
  });

  it("renders nothing without errors", () => {
    const { container } = renderInPane(<ErrorList errors={[]} onSelect={() => {}} />);
    expect(container.textContent).toBe("");
  });
});

describe("ErrorList without a cell", () => {
  it("shows a request error as plain text, since there is no cell to go to", () => {
    const onSelect = vi.fn();
    const requestError = aCellError({
      sheet: "",
      cell: "",
      messageEn: "Unknown location “Byhuset”.",
      fixEn: "",
    });
    renderInPane(<ErrorList errors={[requestError]} onSelect={onSelect} />);
    expect(screen.getByText("Unknown location “Byhuset”.")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});
