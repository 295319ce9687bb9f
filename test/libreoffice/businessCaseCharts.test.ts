import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { chartParts, findSoffice, LIBREOFFICE_APT_PACKAGE, recalculateWithLibreOffice } from "./libreOffice";

/**
 * LibreOffice as an independent reader of the business case's native charts: the file written by
 * `fleetopt business-case --out` is opened and saved again by LibreOffice, and both charts must
 * survive with their type and their ranges on the sheet.
 */
const soffice = findSoffice();
const skipped = soffice
  ? ""
  : ` [SKIPPED: LibreOffice's soffice is not on PATH; install it with apt-get install -y ${LIBREOFFICE_APT_PACKAGE}]`;
if (!soffice) console.warn(skipped.trim());

const LO_TIMEOUT = 180_000;

/** The references (<c:f>) of a chart part, XML entities decoded: "'Business case'!$B$69:$F$69". */
const refs = (xml: string): string[] =>
  [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) =>
    m[1]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );

describe.skipIf(!soffice)(`the business-case charts opened in LibreOffice${skipped}`, () => {
  it(
    "keeps the cash-flow line chart and the sensitivity bar chart with their ranges",
    async () => {
      const written = join(mkdtempSync(join(tmpdir(), "fleetopt-bc-charts-")), "business-case.xlsx");
      let stderr = "";
      const code = await runCli(["business-case", "--out", written], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
      });
      expect(code, stderr).toBe(0);
      expect((await chartParts(written)).size).toBe(2);

      const converted = recalculateWithLibreOffice(soffice!, written);
      const parts = [...(await chartParts(converted)).values()];
      expect(parts).toHaveLength(2);

      const line = parts.find((xml) => xml.includes("<c:lineChart>"));
      const bar = parts.find((xml) => xml.includes("<c:barChart>"));
      expect(line, "a line chart").toBeDefined();
      expect(bar, "a bar chart").toBeDefined();
      const lineRefs = refs(line!).join(" ");
      for (const range of ["$B$69:$F$69", "$B$72:$F$72", "$B$75:$F$75"])
        expect(lineRefs).toContain(`'Business case'!${range}`);
      expect(bar!).toMatch(/<c:barDir val="bar"\/>/);
      const barRefs = refs(bar!).join(" ");
      for (const range of ["$A$80:$A$83", "$E$80:$E$83", "$F$80:$F$83"])
        expect(barRefs).toContain(`'Business case'!${range}`);
    },
    LO_TIMEOUT,
  );
});
