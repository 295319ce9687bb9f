import { parseXml, type XmlElement } from "@cj-tech-master/excelts/xml";

/**
 * One way a zip package breaks the Open Packaging Conventions in a way Excel answers with its
 * "We found a problem with some content… Do you want us to try to recover?" prompt.
 */
export interface PackageProblem {
  part: string;
  message: string;
}

/**
 * Checks a package's wiring: every part has a content type, every content-type override and
 * every internal relationship points at a part that exists, and every relationship file belongs
 * to an existing part. `parts` lists all part names; `texts` holds [Content_Types].xml and the
 * .rels parts (the only ones read, so a large sheet is never unpacked for this).
 */
export function checkPackageIntegrity(
  parts: readonly string[],
  texts: ReadonlyMap<string, string>,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const existing = new Set(parts.map((p) => p.toLowerCase()));
  const has = (part: string) => existing.has(part.toLowerCase());

  const contentTypes = texts.get("[Content_Types].xml");
  if (contentTypes === undefined) return [{ part: "[Content_Types].xml", message: "the part is missing" }];
  const types = parseXml(contentTypes).root;
  const defaults = new Set(
    children(types, "Default").map((d) => (d.attributes.Extension ?? "").toLowerCase()),
  );
  const overrides = new Set<string>();
  for (const o of children(types, "Override")) {
    const name = (o.attributes.PartName ?? "").replace(/^\//, "");
    overrides.add(name.toLowerCase());
    if (!has(name))
      problems.push({
        part: "[Content_Types].xml",
        message: `Override names /${name}, which is not in the package`,
      });
  }
  for (const part of parts) {
    if (part === "[Content_Types].xml" || part.endsWith("/")) continue;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(part.toLowerCase()) && !defaults.has(ext)) {
      problems.push({
        part,
        message: "the part has no content type (no Override, no Default for its extension)",
      });
    }
  }

  for (const [relsPart, xml] of texts) {
    if (!relsPart.endsWith(".rels")) continue;
    const source = relsSource(relsPart);
    if (source !== "" && !has(source)) {
      problems.push({ part: relsPart, message: `relationships of /${source}, which is not in the package` });
    }
    const baseDir = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
    for (const rel of children(parseXml(xml).root, "Relationship")) {
      if (rel.attributes.TargetMode === "External") continue;
      const target = resolvePartName(baseDir, decodeURI(rel.attributes.Target ?? ""));
      if (!has(target)) {
        problems.push({
          part: relsPart,
          message: `relationship ${rel.attributes.Id ?? "?"} targets /${target}, which is not in the package`,
        });
      }
    }
  }
  return problems;
}

/** The part a relationship part describes: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "" for the package. */
export function relsSource(relsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : "";
}

/** A relationship target as a part name: relative to the source's folder unless it starts with "/". */
function resolvePartName(baseDir: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const s of segments) {
    if (s === "..") out.pop();
    else if (s !== "." && s !== "") out.push(s);
  }
  return out.join("/");
}

function children(el: XmlElement, localName: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement =>
      c.type === "element" && (c.name === localName || c.name.endsWith(`:${localName}`)),
  );
}
