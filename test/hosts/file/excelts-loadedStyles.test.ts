import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import { FileWorkbookHost } from "../../../src/hosts/file/fileWorkbookHost";
import { WrittenPackageError } from "../../../src/hosts/file/checkWrittenPackage";
import { expectValidXlsx, formatProblems, validateXlsx } from "../../helpers/ooxmlValidation";
import { editParts, readParts, readPartText } from "../../helpers/ooxmlZip";

/**
 * A one-cell workbook as ExcelTS writes it: the base each reproduction plants one foreign trait
 * in. The cell has a number format, so its style (like openpyxl's date cells) names fill 0.
 */
async function oneCellWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const cell = wb.addWorksheet("Data").getCell("A1");
  cell.value = 1;
  cell.numFmt = "0.00";
  return new Uint8Array(await wb.xlsx.writeBuffer({ validate: false }));
}

/** Loads and saves with bare ExcelTS, as before the workarounds. */
async function bareRoundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  return new Uint8Array(await wb.xlsx.writeBuffer({ validate: false }));
}

/** openpyxl (and pandas through it) writes its first fill with no patternType; "none" is the default. */
const openpyxlFills = (styles: string) =>
  styles.replace(/<patternFill patternType="none"\s*\/>/, "<patternFill/>");

/** LibreOffice writes no theme part (and no reference to one). */
const libreOfficeTheme = {
  "xl/theme/theme1.xml": null,
  "[Content_Types].xml": (xml: string) =>
    xml.replace(/<Override PartName="\/xl\/theme\/theme1\.xml"[^>]*\/>/, ""),
  "xl/_rels/workbook.xml.rels": (xml: string) =>
    xml.replace(/<Relationship [^>]*Target="theme\/theme1\.xml"[^>]*\/>/, ""),
} as const;

describe("ExcelTS 10.2.0 bugs the file host works around (repairLoadedWorkbook)", () => {
  it('reproduction: <patternFill/> is saved back as patternType="undefined"', async () => {
    const input = await editParts(await oneCellWorkbook(), { "xl/styles.xml": openpyxlFills });
    expect(await validateXlsx(input)).toEqual([]);
    // When this expectation fails, ExcelTS is fixed: drop repairPatternFills.
    expect(await readPartText(await bareRoundTrip(input), "xl/styles.xml")).toContain(
      'patternType="undefined"',
    );
  });

  it('the file host saves that fill as patternType="none"', async () => {
    const input = await editParts(await oneCellWorkbook(), { "xl/styles.xml": openpyxlFills });
    const saved = await (await FileWorkbookHost.open(input)).save();
    expect(await readPartText(saved, "xl/styles.xml")).not.toContain("undefined");
    await expectValidXlsx(saved);
  });

  it("reproduction: a file without a theme is saved pointing at a missing xl/theme/theme1.xml", async () => {
    const input = await editParts(await oneCellWorkbook(), libreOfficeTheme);
    expect(await validateXlsx(input)).toEqual([]);
    // When this expectation fails, ExcelTS is fixed: drop repairThemes.
    expect(formatProblems(await validateXlsx(await bareRoundTrip(input)))).toMatch(
      /theme1\.xml, which is not in the package/,
    );
  });

  it("the file host saves such a file with the default theme", async () => {
    const input = await editParts(await oneCellWorkbook(), libreOfficeTheme);
    const saved = await (await FileWorkbookHost.open(input)).save();
    expect((await readParts(saved)).has("xl/theme/theme1.xml")).toBe(true);
    await expectValidXlsx(saved);
  });
});

describe("the file host refuses to hand back a damaged package", () => {
  it("throws a WrittenPackageError naming the part when the writer leaves a dangling reference", async () => {
    const host = await FileWorkbookHost.open(await oneCellWorkbook());
    // The theme bug's state, planted directly: theme1 named in the package but not written.
    const themes = (host as unknown as { workbook: { _themes?: Record<string, string> } }).workbook;
    themes._themes = {};
    const error = await host.save().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrittenPackageError);
    expect((error as Error).message).toMatch(
      /\/xl\/theme\/theme1\.xml, which is not in the package.*Nothing was saved/,
    );
  });
});
