import { unzip } from "@cj-tech-master/excelts/archive";
import { checkPackageIntegrity, type PackageProblem } from "./packageIntegrity";

/**
 * Thrown instead of handing back a file Excel would have to repair. It names every broken part,
 * so a bug report carries what went wrong; nothing has been written to disk when it is thrown.
 */
export class WrittenPackageError extends Error {
  constructor(readonly problems: readonly PackageProblem[]) {
    super(
      `The workbook could not be written: the file would be damaged (${problems
        .map((p) => `${p.part}: ${p.message}`)
        .join("; ")}). Nothing was saved. Please report this with the input file.`,
    );
    this.name = "WrittenPackageError";
  }
}

/**
 * Checks the bytes the writer produced before anyone gets them. ExcelTS's own self-check only
 * prints warnings (and is off in the browser and under NODE_ENV=production), so a file whose
 * content types or relationships point at missing parts would otherwise be saved with exit 0.
 * Only the small wiring parts are unpacked; sheets stream past.
 */
export async function checkWrittenPackage(bytes: Uint8Array): Promise<void> {
  const parts: string[] = [];
  const texts = new Map<string, string>();
  const decoder = new TextDecoder();
  for await (const entry of unzip(bytes).entries()) {
    parts.push(entry.path);
    if (entry.path === "[Content_Types].xml" || entry.path.endsWith(".rels")) {
      texts.set(entry.path, decoder.decode(await entry.bytes()));
    } else {
      entry.discard();
    }
  }
  const problems = checkPackageIntegrity(parts, texts);
  if (problems.length > 0) throw new WrittenPackageError(problems);
}
