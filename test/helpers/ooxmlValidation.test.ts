import { describe, expect, it } from "vitest";
import { writeResultFile } from "../../src/hosts/file/writeWorkbookFile";
import type { WorkbookPlan } from "../../src/workbook/plan/types";
import { applyMarkupCompatibility } from "./ooxmlMarkupCompatibility";
import { expectValidXlsx, formatProblems, validatePart, validateXlsx } from "./ooxmlValidation";
import { chartSheet } from "../hosts/file/chartPlanKit";
import { editParts, readPartText } from "./ooxmlZip";

const plan: WorkbookPlan = {
  sheets: [
    {
      name: "Data",
      ranges: [
        {
          row: 1,
          col: 1,
          values: [
            ["Name", "Km"],
            ["A", 12.5],
          ],
        },
      ],
      tables: [],
    },
  ],
};

describe("the OOXML validator", () => {
  it("passes a workbook the file host writes", async () => {
    const bytes = await writeResultFile(null, plan);
    expect(formatProblems(await validateXlsx(bytes))).toBe("");
    await expectValidXlsx(bytes);
  });

  it('accepts xml:space="preserve" on text, as Excel writes it, and still fails other attributes there', async () => {
    const sst = (attr: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t ${attr}> Lokation </t></si></sst>`;
    expect(await validatePart("xl/sharedStrings.xml", sst('xml:space="preserve"'))).toEqual([]);
    expect((await validatePart("xl/sharedStrings.xml", sst('foo="1"'))).length).toBeGreaterThan(0);
  });

  it('fails a fill with patternType="undefined" (openpyxl\'s empty fill after an ExcelTS round trip)', async () => {
    const good = await writeResultFile(null, plan);
    const bad = await editParts(good, {
      "xl/styles.xml": (xml) =>
        xml.replace(
          /<fills count="(\d+)">/,
          '<fills count="$1"><fill><patternFill patternType="undefined"/></fill>',
        ),
    });
    const problems = await validateXlsx(bad);
    expect(
      problems.some(
        (p) => p.part === "xl/styles.xml" && p.line !== undefined && /patternType/.test(p.message),
      ),
    ).toBe(true);
    await expect(expectValidXlsx(bad, "bad.xlsx")).rejects.toThrow(
      /bad\.xlsx is not a valid \.xlsx[\s\S]*xl\/styles\.xml:\d+: .*patternType/,
    );
  });

  it("fails a package whose content types and relationships point at a missing theme", async () => {
    const good = await writeResultFile(null, plan);
    const bad = await editParts(good, { "xl/theme/theme1.xml": null });
    const messages = formatProblems(await validateXlsx(bad));
    expect(messages).toMatch(
      /\[Content_Types\]\.xml: Override names \/xl\/theme\/theme1\.xml, which is not in the package/,
    );
    expect(messages).toMatch(
      /xl\/_rels\/workbook\.xml\.rels: relationship \w+ targets \/xl\/theme\/theme1\.xml/,
    );
  });

  it("fails a part without a content type", async () => {
    const good = await writeResultFile(null, plan);
    const bad = await editParts(good, { "xl/stray.bin": new Uint8Array([1, 2, 3]) });
    expect(formatProblems(await validateXlsx(bad))).toMatch(/xl\/stray\.bin: the part has no content type/);
  });

  it("fails an element the schema does not allow where it is, naming part and line", async () => {
    const problems = await validatePart(
      "xl/workbook.xml",
      '<?xml version="1.0"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\n<sheetz/>\n</workbook>',
    );
    expect(problems).toEqual([expect.objectContaining({ part: "xl/workbook.xml", line: 3 })]);
  });
});

describe("markup compatibility before the schema check", () => {
  const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  const X14AC = 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
  const SML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

  it("drops attributes and elements of ignorable namespaces, as Excel does", async () => {
    const sheet = `<worksheet ${SML} ${MC} ${X14AC} mc:Ignorable="x14ac"><sheetData><row r="1" x14ac:dyDescent="0.25"><x14ac:extra/></row></sheetData></worksheet>`;
    expect(await validatePart("xl/worksheets/sheet1.xml", sheet)).toEqual([]);
  });

  it("still fails what is not ignorable", async () => {
    const sheet = `<worksheet ${SML} ${MC} ${X14AC}><sheetData><row r="1" x14ac:dyDescent="0.25"/></sheetData></worksheet>`;
    expect(await validatePart("xl/worksheets/sheet1.xml", sheet)).not.toEqual([]);
  });

  it("validates a chart's mc:AlternateContent as its mc:Fallback (Excel's c14:style / c:style)", async () => {
    const chart = (await readPartText(
      await writeResultFile(null, chartSheet("Chart")),
      "xl/charts/chart1.xml",
    ))!;
    const withStyle = (fallback: string) =>
      chart.replace(
        "<c:chart>",
        `<mc:AlternateContent ${MC}><mc:Choice Requires="c14" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><c14:style val="102"/></mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent><c:chart>`,
      );
    expect(await validatePart("xl/charts/chart1.xml", withStyle('<c:style val="2"/>'))).toEqual([]);
    expect(await validatePart("xl/charts/chart1.xml", withStyle('<c:style val="99"/>'))).not.toEqual([]);
  });

  it("reads mc:AlternateContent as its mc:Fallback", () => {
    const xml = `<a xmlns="urn:a" ${MC}><mc:AlternateContent xmlns:b="urn:b"><mc:Choice Requires="b"><b:new/></mc:Choice><mc:Fallback><old b:x="1"/></mc:Fallback></mc:AlternateContent></a>`;
    expect(applyMarkupCompatibility(xml)).toContain(
      '<a xmlns="urn:a" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><old xmlns:b="urn:b" b:x="1"/></a>',
    );
  });
});
