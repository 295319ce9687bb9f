// A vitest setup file (vitest.config.mts): every workbook the file host saves anywhere in the
// suite — CLI --out files, the browser host, the LibreOffice tests — must pass the OOXML checks.
import { FileWorkbookHost } from "../../src/hosts/file/fileWorkbookHost";
import { expectValidXlsx } from "./ooxmlValidation";

/**
 * Above this the check is left to tests that call expectValidXlsx themselves: the memory
 * benchmarks' workbooks would take most of a minute each to check.
 */
const MAX_AUTO_CHECK_BYTES = 16 * 1024 * 1024;

const GUARDED = Symbol.for("fleetopt.ooxmlSaveGuard");
type Save = FileWorkbookHost["save"];
const proto = FileWorkbookHost.prototype as unknown as { save: Save; [GUARDED]?: true };

// Test files may share one module graph (isolate: false), so the wrapper goes on once.
if (!proto[GUARDED]) {
  const save = proto.save;
  proto.save = async function (this: FileWorkbookHost, ...args: Parameters<Save>) {
    const bytes = await save.apply(this, args);
    if (bytes.byteLength <= MAX_AUTO_CHECK_BYTES)
      await expectValidXlsx(bytes, "A workbook the file host saved");
    return bytes;
  };
  proto[GUARDED] = true;
}
