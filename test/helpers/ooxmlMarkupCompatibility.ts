import { parseXml, type XmlElement, type XmlNode } from "@cj-tech-master/excelts/xml";

/** ECMA-376 Part 3 (Markup Compatibility and Extensibility). */
export const MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * Applies markup compatibility to one XML part as Excel does before it reads the part, so the
 * result can be checked against the ECMA-376 schemas (which know nothing of later extensions):
 * elements and attributes of the namespaces a part lists in mc:Ignorable are dropped, and every
 * mc:AlternateContent is replaced by the content of its mc:Fallback (by nothing without one).
 * Returns null when the part uses no markup compatibility, so it is validated as written and the
 * validator's line numbers point into the original text.
 */
export function applyMarkupCompatibility(xml: string): string | null {
  if (!xml.includes(MC_NAMESPACE)) return null;
  const doc = parseXml(xml, { xmlns: true });
  const root = transform(doc.root, {}, new Set());
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root.map(serialize).join("")}`;
}

/** Returns what `el` becomes: itself (cleaned), its fallback's children, or nothing. */
function transform(
  el: XmlElement,
  inheritedNs: Readonly<Record<string, string>>,
  inheritedIgnorable: ReadonlySet<string>,
): XmlNode[] {
  // The parser gives an element's namespace map only where it declares one, so scope is kept here.
  const ns: Record<string, string> = { ...inheritedNs };
  for (const [name, value] of Object.entries(el.attributes)) {
    if (name === "xmlns") ns[""] = value;
    else if (name.startsWith("xmlns:")) ns[name.slice(6)] = value;
  }
  const ignorable = new Set(inheritedIgnorable);
  const ignorableAttr = Object.entries(el.attributes).find(
    ([name]) => resolve(name, ns, true) === `${MC_NAMESPACE}|Ignorable`,
  );
  for (const prefix of ignorableAttr?.[1].split(/\s+/).filter(Boolean) ?? []) {
    const uri = ns[prefix];
    if (uri) ignorable.add(uri);
  }
  if (el.uri === MC_NAMESPACE) {
    if (el.local !== "AlternateContent") return [];
    const fallback = el.children.find(
      (c): c is XmlElement => c.type === "element" && c.uri === MC_NAMESPACE && c.local === "Fallback",
    );
    if (!fallback) return [];
    // Declarations made on mc:AlternateContent or mc:Fallback move with the content lifted out of them.
    const declarations = Object.entries({ ...el.attributes, ...fallback.attributes }).filter(
      ([name]) => name === "xmlns" || name.startsWith("xmlns:"),
    );
    const fallbackNs = { ...ns };
    for (const [name, value] of Object.entries(fallback.attributes)) {
      if (name === "xmlns") fallbackNs[""] = value;
      else if (name.startsWith("xmlns:")) fallbackNs[name.slice(6)] = value;
    }
    return transformChildren(fallback.children, fallbackNs, ignorable).map((c) =>
      c.type === "element"
        ? { ...c, attributes: { ...Object.fromEntries(declarations), ...c.attributes } }
        : c,
    );
  }
  if (el.uri && ignorable.has(el.uri)) return [];

  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(el.attributes)) {
    const key = resolve(name, ns, true);
    const uri = key.slice(0, key.indexOf("|"));
    // Namespace declarations stay so that every prefix in the result is still bound.
    if (name === "xmlns" || name.startsWith("xmlns:")) attributes[name] = value;
    else if (uri !== MC_NAMESPACE && !ignorable.has(uri)) attributes[name] = value;
  }
  return [{ ...el, attributes, children: transformChildren(el.children, ns, ignorable) }];
}

function transformChildren(
  children: readonly XmlNode[],
  ns: Readonly<Record<string, string>>,
  ignorable: ReadonlySet<string>,
): XmlNode[] {
  return children.flatMap((c) => (c.type === "element" ? transform(c, ns, ignorable) : [c]));
}

/** "uri|local" of a qualified name; unprefixed attributes have no namespace (XML Namespaces §6.2). */
function resolve(qname: string, ns: Readonly<Record<string, string>>, isAttribute: boolean): string {
  const colon = qname.indexOf(":");
  if (colon < 0) return `${isAttribute ? "" : (ns[""] ?? "")}|${qname}`;
  return `${ns[qname.slice(0, colon)] ?? ""}|${qname.slice(colon + 1)}`;
}

function serialize(node: XmlNode): string {
  switch (node.type) {
    case "element": {
      const attrs = Object.entries(node.attributes)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join("");
      if (node.children.length === 0) return `<${node.name}${attrs}/>`;
      return `<${node.name}${attrs}>${node.children.map(serialize).join("")}</${node.name}>`;
    }
    case "text":
    case "cdata":
      return escapeXml(node.value);
    default:
      return "";
  }
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
