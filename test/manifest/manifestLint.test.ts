import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { iconAssetPath, lintManifest } from "../../scripts/manifestLint";
import { resolveXsdDir, validateManifestXsd } from "../../scripts/manifestXsd";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const manifest = readFileSync(path.join(projectRoot, "manifest.xml"), "utf8");
const onDisk = (rel: string): boolean => existsSync(path.join(projectRoot, rel));

/** Replaces exactly one occurrence, so a test cannot silently edit nothing. */
function edit(xml: string, from: string, to: string): string {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from}"`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

describe("lintManifest", () => {
  it("passes the real manifest", async () => {
    expect(await lintManifest(manifest, { fileExists: onDisk })).toEqual([]);
  });

  it("reports a resid that is not defined, naming the element and resid", async () => {
    const broken = edit(
      manifest,
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="Nope.Url"/>',
    );
    const problems = await lintManifest(broken, { fileExists: onDisk });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/<SourceLocation resid="Nope\.Url">.*not defined/);
  });

  it("reports a resid that points at the wrong kind of resource", async () => {
    const broken = edit(
      manifest,
      '<Description resid="ShowTaskpane.Tooltip"/>',
      '<Description resid="Taskpane.Url"/>',
    );
    const problems = await lintManifest(broken, { fileExists: onDisk });
    expect(problems).toEqual([expect.stringMatching(/Taskpane\.Url.*bt:LongStrings.*bt:Urls/)]);
  });

  it("reports an http URL, including inside a locale override", async () => {
    const broken = edit(
      manifest,
      '<bt:Override Locale="da-DK" Value="https://localhost:3000/taskpane.html?lang=da-DK"/>',
      '<bt:Override Locale="da-DK" Value="http://localhost:3000/taskpane.html?lang=da-DK"/>',
    );
    const problems = await lintManifest(broken, { fileExists: onDisk });
    expect(problems).toEqual([
      expect.stringMatching(/<bt:Url id="Taskpane\.Url"> Override da-DK.*must be https: http:\/\//),
    ]);
  });

  it("reports an icon whose file is missing under assets/", async () => {
    const broken = edit(
      manifest,
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
      '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-81.png"/>',
    );
    const problems = await lintManifest(broken, { fileExists: onDisk });
    expect(problems).toEqual([expect.stringMatching(/<bt:Image id="Icon\.80x80">.*assets\/icon-81\.png/)]);
  });

  it("checks icon files through the injected fileExists, never the disk directly", async () => {
    const problems = await lintManifest(manifest, { fileExists: () => false });
    // IconUrl + HighResolutionIconUrl (each with a da-DK override) and three ribbon images.
    expect(problems).toHaveLength(7);
  });

  it("reports malformed XML instead of throwing", async () => {
    const problems = await lintManifest("<OfficeApp><Id></OfficeApp>", { fileExists: onDisk });
    expect(problems.length).toBeGreaterThan(0);
  });
});

describe("iconAssetPath", () => {
  it("maps icon URLs to project-relative asset paths", () => {
    expect(iconAssetPath("https://localhost:3000/assets/icon-16.png")).toBe("assets/icon-16.png");
    expect(iconAssetPath("https://example.org/fleet/assets/icon-16.png?v=2")).toBe("assets/icon-16.png");
  });

  it("rejects URLs outside /assets/ and path traversal", () => {
    expect(iconAssetPath("https://localhost:3000/icon-16.png")).toBeUndefined();
    expect(iconAssetPath("https://localhost:3000/assets/%2E%2E/package.json")).toBeUndefined();
    expect(iconAssetPath("not a url")).toBeUndefined();
  });
});

describe("validateManifestXsd", () => {
  const xsdDir = resolveXsdDir(projectRoot);

  it("uses the schemas vendored in scripts/manifest-xsd unless MANIFEST_XSD_DIR overrides them", () => {
    expect(resolveXsdDir("/a/project", {})).toBe(path.resolve("/a/project/scripts/manifest-xsd"));
    expect(resolveXsdDir("/a/project", { MANIFEST_XSD_DIR: "/schemas" })).toBe(path.resolve("/schemas"));
  });

  it("accepts the real manifest", async () => {
    expect(await validateManifestXsd(manifest, xsdDir)).toEqual([]);
  });

  it("rejects a broken <Id>", async () => {
    const broken = edit(manifest, "<Id>4c497507-", "<Id>not-a-guid-");
    const problems = await validateManifestXsd(broken, xsdDir);
    expect(problems).toEqual([expect.stringMatching(/Id.*not accepted by the pattern/)]);
  });
});
