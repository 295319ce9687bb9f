// Offline XSD validation of an add-in manifest. `office-addin-manifest validate` posts to a Microsoft
// service, which this project cannot reach, so we validate against the vendored 2020 XSDs instead.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadLibxml, registerFsInputProviders } from "./libxml";

export const MANIFEST_ROOT_XSD = "OfficeAppManifestV1_1.xsd";

/**
 * The patched 2020 schemas vendored in scripts/manifest-xsd (see its PROVENANCE.txt; a copy of
 * ../shared/manifest-xsd, so a fresh clone validates anywhere), unless MANIFEST_XSD_DIR says otherwise.
 */
export function resolveXsdDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.MANIFEST_XSD_DIR;
  return override ? path.resolve(override) : path.resolve(projectRoot, "scripts/manifest-xsd");
}

/**
 * Validates manifest XML against OfficeAppManifestV1_1.xsd in `xsdDir`; returns one line per problem.
 * `label` names the manifest in messages (libxml2 reports in-memory documents without a file name).
 */
export async function validateManifestXsd(
  xml: string,
  xsdDir: string,
  label = "manifest.xml",
): Promise<string[]> {
  const { XmlDocument, XsdValidator, XmlValidateError, XmlParseError } = await loadLibxml();
  await registerFsInputProviders();

  const xsdPath = path.join(xsdDir, MANIFEST_ROOT_XSD);
  // The url lets libxml2 resolve the schema's relative xs:import locations from disk.
  const xsd = XmlDocument.fromBuffer(readFileSync(xsdPath), { url: xsdPath });
  const validator = XsdValidator.fromDoc(xsd);
  let doc;
  try {
    doc = XmlDocument.fromString(xml, { url: label });
  } catch (e) {
    validator.dispose();
    xsd.dispose();
    if (e instanceof XmlParseError) return e.details.map((d) => `${label}:${d.line}: ${d.message.trim()}`);
    throw e;
  }
  try {
    validator.validate(doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError) return e.details.map((d) => `${label}:${d.line}: ${d.message.trim()}`);
    throw e;
  } finally {
    doc.dispose();
    validator.dispose();
    xsd.dispose();
  }
}
