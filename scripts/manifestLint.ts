// Checks the XSDs cannot express: every resid points at a defined resource of the right kind, every URL
// is https, and every icon URL names a file that exists under assets/. Parsing is separated from checking
// so the checks are plain synchronous functions over extracted facts.
import type { XmlElement } from "libxml2-wasm";
import { loadLibxml } from "./libxml";

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

const RESOURCE_KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which resource collection a resid on a given element must come from; unknown elements accept any. */
const EXPECTED_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Top-level elements whose DefaultValue (and Override Value) is a URL. */
const URL_SETTINGS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
const ICON_SETTINGS = new Set(["IconUrl", "HighResolutionIconUrl"]);

export interface ResidRef {
  resid: string;
  element: string;
  line: number;
}

export interface ResourceDef {
  id: string;
  kind: ResourceKind;
  element: string;
  line: number;
}

export interface UrlUse {
  url: string;
  /** Human-readable location, e.g. `<bt:Image id="Icon.16x16">` or `<IconUrl> Override da-DK`. */
  where: string;
  isIcon: boolean;
  line: number;
}

export interface ManifestFacts {
  residRefs: ResidRef[];
  resources: ResourceDef[];
  urls: UrlUse[];
}

function qualifiedName(el: XmlElement): string {
  return el.prefix ? `${el.prefix}:${el.name}` : el.name;
}

function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.next) {
    // XmlElement is a class in libxml2-wasm; text/comment nodes are other XmlTreeNode subclasses.
    if ("attrs" in n) out.push(n as XmlElement);
  }
  return out;
}

function describe(el: XmlElement, key: "id" | "resid"): string {
  const v = attr(el, key);
  return v === undefined ? `<${qualifiedName(el)}>` : `<${qualifiedName(el)} ${key}="${v}">`;
}

/** Walks the manifest once and records resid references, resource definitions and URL uses. */
export function collectFacts(root: XmlElement): ManifestFacts {
  const facts: ManifestFacts = { residRefs: [], resources: [], urls: [] };

  const visit = (el: XmlElement, parent: XmlElement | null): void => {
    const resid = attr(el, "resid");
    if (resid !== undefined) facts.residRefs.push({ resid, element: el.name, line: el.line });

    const parentName = parent?.name ?? "";
    const inResources =
      RESOURCE_KINDS.includes(parentName as ResourceKind) && parent?.parent?.name === "Resources";
    const id = attr(el, "id");
    if (inResources && id !== undefined) {
      facts.resources.push({
        id,
        kind: parentName as ResourceKind,
        element: qualifiedName(el),
        line: el.line,
      });
    }

    const isResourceUrl = inResources && (parentName === "Images" || parentName === "Urls");
    const isSettingUrl = URL_SETTINGS.has(el.name) && attr(el, "resid") === undefined;
    if (isResourceUrl || isSettingUrl) {
      const isIcon = isResourceUrl ? parentName === "Images" : ICON_SETTINGS.has(el.name);
      const where = isResourceUrl ? describe(el, "id") : `<${qualifiedName(el)}>`;
      const value = attr(el, "DefaultValue");
      if (value !== undefined) facts.urls.push({ url: value, where, isIcon, line: el.line });
      for (const ov of childElements(el).filter((c) => c.name === "Override")) {
        const v = attr(ov, "Value");
        const locale = attr(ov, "Locale") ?? "?";
        if (v !== undefined)
          facts.urls.push({ url: v, where: `${where} Override ${locale}`, isIcon, line: ov.line });
      }
    }

    for (const child of childElements(el)) visit(child, el);
  };

  visit(root, null);
  return facts;
}

export function checkResids(facts: ManifestFacts): string[] {
  const problems: string[] = [];
  const byId = new Map<string, ResourceDef>();
  for (const def of facts.resources) {
    const prior = byId.get(def.id);
    if (prior) {
      problems.push(
        `<${def.element} id="${def.id}"> (line ${def.line}): duplicate resource id (first defined on line ${prior.line})`,
      );
    } else {
      byId.set(def.id, def);
    }
  }
  for (const ref of facts.residRefs) {
    const def = byId.get(ref.resid);
    const where = `<${ref.element} resid="${ref.resid}"> (line ${ref.line})`;
    if (!def) {
      problems.push(`${where}: resid "${ref.resid}" is not defined in <Resources>`);
      continue;
    }
    const expected = EXPECTED_KIND[ref.element];
    if (expected && expected !== def.kind) {
      problems.push(
        `${where}: resid "${ref.resid}" must be in bt:${expected} but is defined in bt:${def.kind}`,
      );
    }
  }
  return problems;
}

export function checkHttps(facts: ManifestFacts): string[] {
  return facts.urls
    .filter((u) => !/^https:\/\//i.test(u.url))
    .map((u) => `${u.where} (line ${u.line}): URL must be https: ${u.url}`);
}

/** The path of an icon under the project root (e.g. `assets/icon-16.png`), or undefined if not under /assets/. */
export function iconAssetPath(url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const m = /\/(assets\/[^?#]+)$/.exec(pathname);
  if (!m?.[1] || m[1].split("/").includes("..")) return undefined;
  return m[1];
}

export function checkIcons(
  facts: ManifestFacts,
  fileExists: (projectRelativePath: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const u of facts.urls.filter((x) => x.isIcon)) {
    const rel = iconAssetPath(u.url);
    if (rel === undefined) {
      problems.push(`${u.where} (line ${u.line}): icon URL is not under /assets/: ${u.url}`);
    } else if (!fileExists(rel)) {
      problems.push(`${u.where} (line ${u.line}): icon file ${rel} does not exist`);
    }
  }
  return problems;
}

export interface LintOptions {
  /** Answers whether a project-relative path (e.g. `assets/icon-16.png`) exists; injected to keep this pure. */
  fileExists: (projectRelativePath: string) => boolean;
}

/** Parses the manifest and runs every check; returns one line per problem, empty when clean. */
export async function lintManifest(xml: string, options: LintOptions): Promise<string[]> {
  const { XmlDocument, XmlParseError } = await loadLibxml();
  let doc;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    if (e instanceof XmlParseError) return e.details.map((d) => `line ${d.line}: ${d.message.trim()}`);
    throw e;
  }
  try {
    const facts = collectFacts(doc.root);
    return [...checkResids(facts), ...checkHttps(facts), ...checkIcons(facts, options.fileExists)];
  } finally {
    doc.dispose();
  }
}
