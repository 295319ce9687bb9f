import { readFileSync } from "node:fs";
import { FileWorkbookHost } from "../../src/hosts/file/fileWorkbookHost";
import { readXlsx } from "../../src/hosts/file/readXlsx";
import { expect, test } from "./offline";

/**
 * Bringing your own data in the browser page (issue 17): OS2's vehicle export as it is (Sheet1)
 * and an FMS trip export with its own headers. Loading refuses the trips, the mapping step maps
 * them, and the simulation runs on the mapped data.
 */
test.use({ locale: "en-GB" });
test.describe.configure({ timeout: 300_000 });

const SLOW = { timeout: 90_000 };

/** Oversigt_over_flåde.xlsx's headers, in OS2's order. */
const OS2_HEADERS = [
  "id",
  "Nummerplade",
  "Mærke",
  "Model",
  "Type",
  "Drivmiddel",
  "Wltp (Fossil)",
  "Wltp (El)",
  "Procentvis WLTP",
  "Rækkevidde (km)",
  "Omk./år",
  "Lokation",
  "Afdeling",
  "Forvaltning",
  "Start leasing",
  "Slut leasing",
  "Leasing type",
  "Kilometer pr/år",
  "Hvile",
];

function os2Vehicle(id: number, model: string, kmPerLitre: number, cost: number) {
  return [
    id,
    `AB${10000 + id}`,
    "Toyota",
    model,
    "fossilbil",
    "benzin",
    kmPerLitre,
    null,
    null,
    null,
    cost,
    "Rådhuset",
    "Hjemmeplejen",
    "Sundhed",
    "01-01-2024",
    "31-12-2027",
    "operationel",
    20000,
    null,
  ];
}

async function ownDataWorkbook(): Promise<Buffer> {
  const host = FileWorkbookHost.empty();
  const vehicles = [OS2_HEADERS, os2Vehicle(1, "Yaris", 21.9, 32000), os2Vehicle(2, "Aygo X", 22.6, 28000)];
  const trips: (string | number)[][] = [["Enhed", "Afgang", "Ankomst", "Km kørt", "Lokation"]];
  for (let day = 3; day <= 7; day++) {
    const date = `2025-03-0${day}`;
    trips.push([1, `${date} 08:00`, `${date} 09:30`, 18, "Rådhuset"]);
    trips.push([2, `${date} 10:00`, `${date} 11:00`, 9.5, "Rådhuset"]);
  }
  await host.writePlan({
    sheets: [
      { name: "Sheet1", ranges: [{ row: 1, col: 1, values: vehicles }], tables: [] },
      { name: "Kørsel", ranges: [{ row: 1, col: 1, values: trips }], tables: [] },
    ],
  });
  return Buffer.from(await host.save());
}

test("OS2's Sheet1 and an FMS export with its own headers: mapping step, then a simulation", async ({
  page,
}) => {
  await page.goto("/index.html");
  await page.getByLabel("Open .xlsx").setInputFiles({
    name: "own-data.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await ownDataWorkbook(),
  });
  const vehicles = page.getByRole("combobox", { name: /Vehicles \(Køretøjer\)/ });
  await expect(vehicles.getByRole("option", { name: "Sheet1" })).toBeAttached(SLOW);
  await vehicles.selectOption("Sheet1");
  await page.getByRole("combobox", { name: /Trips \(Ture\)/ }).selectOption("Kørsel");
  await page.getByRole("button", { name: "Load data" }).click();

  const step = page.getByRole("region", { name: "Match your columns" });
  await expect(step).toBeVisible(SLOW);
  await expect(step).toContainText("The sheet Kørsel does not have every column");
  await step.getByRole("combobox", { name: /Starttid/ }).selectOption("Afgang");
  await step.getByRole("combobox", { name: /Sluttid/ }).selectOption("Ankomst");
  await step.getByRole("combobox", { name: /Turlængde/ }).selectOption("Km kørt");
  await step.getByRole("combobox", { name: /Bil id/ }).selectOption("Enhed");
  await expect(step.getByRole("table", { name: /Kørsel/ })).toContainText("9.5");
  await step.getByRole("button", { name: "Save and load" }).click();

  // Loaded: the pane opens Simulate with the data's only location chosen.
  const location = page.getByRole("combobox", { name: "Location", exact: true });
  await expect(location).toHaveValue("Rådhuset", SLOW);
  await page.getByRole("button", { name: "Run simulation" }).click();
  const result = page.getByRole("region", { name: "3. Result" });
  await expect(result).toBeVisible(SLOW);
  await expect(result).toContainText(/Result sheet: Scenario/);
  // The mapping is remembered in the workbook, very hidden: no tab shows it.
  const sheetTabs = page.getByRole("tablist", { name: "Sheets" });
  await expect(sheetTabs.getByRole("tab", { name: /_fleetopt_columns/ })).toHaveCount(0);

  // The Data tab's tools on the same data: the check sheet, and OS2's file as a download.
  await page.getByRole("tablist", { name: "Sections" }).getByRole("tab", { name: "Data" }).click();
  await page.getByRole("button", { name: "Check vehicle data" }).click();
  // Both cars have their WLTP, yearly cost and trips: none needs attention.
  // The sheet view shows the written sheet's own summary too: read the pane's message.
  const tools = page.getByRole("region", { name: "Check and share the data" });
  await expect(tools.getByText(/^All 2 vehicles are ready for a simulation/)).toBeVisible(SLOW);
  await expect(sheetTabs.getByRole("tab", { name: "Vehicle data check" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download", SLOW),
    tools.getByRole("button", { name: "Export vehicles for OS2" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("Oversigt_over_flåde.xlsx");
  const [os2Sheet, ...others] = await readXlsx(readFileSync(await download.path()));
  expect(others).toEqual([]);
  expect(os2Sheet.name).toBe("Sheet1");
  expect(os2Sheet.values.map((r) => r[0])).toEqual(["id", 1, 2]);
});
