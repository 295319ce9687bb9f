import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { unzip } from "@cj-tech-master/excelts/archive";
import type { XmlAttribute, XmlDocument as LibxmlDocument, XmlElement, XsdValidator } from "libxml2-wasm";
import { loadLibxml, registerFsInputProviders } from "../../scripts/libxml";
import { checkPackageIntegrity } from "../../src/hosts/file/packageIntegrity";
import { applyMarkupCompatibility, MC_NAMESPACE } from "./ooxmlMarkupCompatibility";

/** One finding in an .xlsx: the part, the line in it (when the schema check has one) and what is wrong. */
export interface OoxmlProblem {
  part: string;
  line?: number;
  message: string;
}

/**
 * The ECMA-376 Transitional and OPC schemas, vendored from ../shared/ooxml-xsd (see its
 * PROVENANCE.txt; SHA256SUMS there lists each file) so a fresh clone validates offline.
 */
export const OOXML_XSD_DIR = path.resolve(__dirname, "ooxml-xsd");

/**
 * Which schema checks a part, as PROVENANCE.txt lays out; null for parts ECMA-376 has no offline
 * schema for: docProps/core.xml (imports Dublin Core from the web), VML, binary media, and the
 * Office 2013 chart style/colour parts (xl/charts/style*.xml, colors*.xml), which are not ECMA-376.
 */
export function schemaForPart(part: string): string | null {
  if (part === "[Content_Types].xml") return "opc-contentTypes.xsd";
  if (part.endsWith(".rels")) return "opc-relationships.xsd";
  if (part === "docProps/app.xml") return "shared-documentPropertiesExtended.xsd";
  if (part === "docProps/custom.xml") return "shared-documentPropertiesCustom.xsd";
  if (!part.startsWith("xl/") || !part.endsWith(".xml")) return null;
  if (/^xl\/charts\/chart\d+\.xml$/.test(part)) return "dml-chart.xsd";
  if (part.startsWith("xl/charts/")) return null;
  if (/^xl\/drawings\/drawing\d+\.xml$/.test(part)) return "dml-spreadsheetDrawing.xsd";
  if (part.startsWith("xl/theme/")) return "dml-main.xsd";
  return "sml.xsd";
}

// Compiling sml.xsd takes about half a second; every file the suite writes reuses one validator.
const validators = new Map<string, Promise<XsdValidator>>();

function validatorFor(xsd: string): Promise<XsdValidator> {
  let v = validators.get(xsd);
  if (!v) {
    v = (async () => {
      const { XmlDocument, XsdValidator } = await loadLibxml();
      await registerFsInputProviders();
      const file = path.join(OOXML_XSD_DIR, xsd);
      // The url lets libxml2 resolve the schema's xs:import locations from disk.
      return XsdValidator.fromDoc(XmlDocument.fromBuffer(readFileSync(file), { url: file }));
    })();
    validators.set(xsd, v);
  }
  return v;
}

/** Schema-checks one XML part after markup compatibility; [] when it is valid. */
export async function validatePart(part: string, data: Uint8Array | string): Promise<OoxmlProblem[]> {
  const xsd = schemaForPart(part);
  if (!xsd) return [];
  const { XmlDocument, XmlParseError, XmlValidateError } = await loadLibxml();
  const xml = typeof data === "string" ? data : new TextDecoder().decode(data);
  let doc;
  try {
    // From bytes where there are some: libxml2 then skips re-encoding a large sheet.
    doc =
      typeof data === "string"
        ? XmlDocument.fromString(data, { url: part })
        : XmlDocument.fromBuffer(data, { url: part });
    if (xml.includes("AlternateContent") && doc.get("//mc:AlternateContent", { mc: MC_NAMESPACE })) {
      // Rare (charts): rebuilt as text, which moves the fallback's content up a level.
      doc.dispose();
      doc = XmlDocument.fromString(applyMarkupCompatibility(xml) ?? xml, { url: part });
    } else {
      stripIgnorable(doc, xml);
    }
  } catch (e) {
    if (e instanceof XmlParseError)
      return e.details.map((d) => ({ part, line: d.line, message: d.message.trim() }));
    throw e;
  }
  // ECMA-376 declares <t> as a plain string with no attributes, yet Excel itself writes
  // xml:space="preserve" on every text with leading or trailing spaces and opens such files
  // without repair (the Open XML SDK's validator allows it too): not a finding.
  if (xml.includes("xml:space")) for (const a of doc.find("//@xml:space")) (a as XmlAttribute).remove();
  try {
    (await validatorFor(xsd)).validate(doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError)
      return e.details.map((d) => ({ part, line: d.line, message: d.message.trim() }));
    throw e;
  } finally {
    doc.dispose();
  }
}

/**
 * Drops, in place, what mc:Ignorable lets Excel skip: elements and attributes of the ignorable
 * namespaces, and the mc:* attributes themselves. Done in libxml2 rather than by rewriting the
 * text, so a sheet of a few MB keeps its line numbers and is checked in about a second. XPath
 * scans of the whole tree are slow in wasm, so the text is asked first whether one is needed.
 */
function stripIgnorable(doc: LibxmlDocument, xml: string): void {
  const mc = { mc: MC_NAMESPACE };
  const declarations = xml.match(/\s[\w.-]+:Ignorable="/g)?.length ?? 0;
  if (declarations === 0 && !/\s[\w.-]+:(MustUnderstand|ProcessContent)="/.test(xml)) return;
  const rootOnly = declarations === 1 && doc.root.get("@mc:Ignorable", mc) !== null;
  const holders = rootOnly ? [doc.root] : (doc.find("//*[@mc:Ignorable]", mc) as XmlElement[]);
  for (const holder of holders) {
    const scope = holder.namespaces;
    const prefixes = ((holder.get("@mc:Ignorable", mc) as XmlAttribute | null)?.value ?? "")
      .split(/\s+/)
      .filter((prefix) => scope[prefix] && new RegExp(`[<\\s]${prefix.replace(/[.]/g, "\\.")}:`).test(xml));
    const uris = prefixes.map((prefix) => scope[prefix]!).filter((u) => !u.includes("'"));
    if (uris.length === 0) continue;
    const inIgnorable = uris.map((u) => `namespace-uri()='${u}'`).join(" or ");
    // Outermost ignorable elements only: removing one frees its subtree.
    const elements = holder.find(
      `descendant-or-self::*[(${inIgnorable}) and not(ancestor::*[${inIgnorable}])]`,
    );
    for (const el of elements) (el as XmlElement).remove();
    for (const a of holder.find(`descendant-or-self::*/@*[${inIgnorable}]`)) (a as XmlAttribute).remove();
  }
  if (rootOnly && (xml.match(/\smc:\w+="/g)?.length ?? 0) === 1) {
    (doc.root.get("@mc:Ignorable", mc) as XmlAttribute).remove();
  } else {
    for (const a of doc.find(`//@*[namespace-uri()='${MC_NAMESPACE}']`)) (a as XmlAttribute).remove();
  }
}

interface ExcelTsReport {
  problems: { kind: string; file?: string; message: string; severity?: string }[];
}

/**
 * ExcelTS's own OOXML check, the one its writeBuffer() runs and only prints (see
 * checkWrittenPackage.ts). The package does not export it, so it is loaded from its file.
 */
async function excelTsProblems(bytes: Uint8Array): Promise<OoxmlProblem[]> {
  const pkg = createRequire(__filename).resolve("@cj-tech-master/excelts/package.json");
  const file = path.join(path.dirname(pkg), "dist/esm/modules/excel/utils/ooxml-validator/index.js");
  const { validateXlsxBuffer } = (await import(pathToFileURL(file).href)) as {
    validateXlsxBuffer: (b: Uint8Array) => Promise<ExcelTsReport>;
  };
  const report = await validateXlsxBuffer(bytes);
  return report.problems
    .filter((p) => p.severity !== "warning")
    .map((p) => ({ part: p.file ?? "<package>", message: `ExcelTS check [${p.kind}]: ${p.message}` }));
}

/**
 * Every problem in an .xlsx: package wiring (content types, relationships), each XML part against
 * its ECMA-376 schema, and ExcelTS's own check. [] for a file Excel opens without repair.
 */
export async function validateXlsx(bytes: Uint8Array): Promise<OoxmlProblem[]> {
  const parts: string[] = [];
  const xmlParts = new Map<string, Uint8Array>();
  for await (const entry of unzip(bytes).entries()) {
    parts.push(entry.path);
    if (entry.path.endsWith(".xml") || entry.path.endsWith(".rels"))
      xmlParts.set(entry.path, await entry.bytes());
    else entry.discard();
  }
  const decoder = new TextDecoder();
  const wiring = new Map(
    [...xmlParts]
      .filter(([p]) => p === "[Content_Types].xml" || p.endsWith(".rels"))
      .map(([p, b]) => [p, decoder.decode(b)]),
  );
  const problems: OoxmlProblem[] = checkPackageIntegrity(parts, wiring);
  for (const [part, data] of xmlParts) problems.push(...(await validatePart(part, data)));
  problems.push(...(await excelTsProblems(bytes)));
  return problems;
}

/** One line per problem: "xl/styles.xml:12: Element …". */
export function formatProblems(problems: readonly OoxmlProblem[]): string {
  return problems.map((p) => `${p.part}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n");
}

const knownValid = new Set<string>();

/**
 * Fails (throws) unless the .xlsx — bytes, or a path to read — passes every check of
 * validateXlsx. `label` names the file in the message.
 */
export async function expectValidXlsx(file: Uint8Array | string, label?: string): Promise<void> {
  const bytes = typeof file === "string" ? new Uint8Array(readFileSync(file)) : file;
  // The same bytes are often checked twice (the file host's save, then the CLI's --out file).
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (knownValid.has(digest)) return;
  const problems = await validateXlsx(bytes);
  if (problems.length === 0) knownValid.add(digest);
  else {
    const name = label ?? (typeof file === "string" ? file : "the workbook");
    throw new Error(
      `${name} is not a valid .xlsx (${problems.length} problem(s)):\n${formatProblems(problems)}`,
    );
  }
}
