import { unzip, zip } from "@cj-tech-master/excelts/archive";

/** Every part of an .xlsx (a zip), by name, in zip order. */
export async function readParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for await (const entry of unzip(bytes).entries()) parts.set(entry.path, await entry.bytes());
  return parts;
}

/** One part of an .xlsx as text, or undefined when the package has no such part. */
export async function readPartText(bytes: Uint8Array, part: string): Promise<string | undefined> {
  const data = (await readParts(bytes)).get(part);
  return data && new TextDecoder().decode(data);
}

/**
 * A copy of an .xlsx with parts replaced or added (text, bytes, or a function of the old text) or
 * removed (null): the way tests plant one defect in an otherwise valid file.
 */
export async function editParts(
  bytes: Uint8Array,
  edits: Record<string, string | Uint8Array | null | ((text: string) => string)>,
): Promise<Uint8Array> {
  const archive = zip();
  const parts = await readParts(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (!parts.has(name) && (typeof edit === "string" || edit instanceof Uint8Array))
      parts.set(name, new Uint8Array());
  }
  for (const [name, data] of parts) {
    const edit = edits[name];
    if (edit === null) continue;
    if (edit === undefined) archive.add(name, data);
    else if (typeof edit === "function")
      archive.add(name, new TextEncoder().encode(edit(new TextDecoder().decode(data))));
    else archive.add(name, typeof edit === "string" ? new TextEncoder().encode(edit) : edit);
  }
  return archive.bytes();
}
