/** One part of a zip archive, as its central directory declares it (nothing is unpacked). */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the part's packed bytes start in the file. */
  dataOffset: number;
}

/** The archive's parts, or why its directory cannot be trusted (the text completes "it …"). */
export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; damage: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/**
 * Reads a zip archive's central directory (APPNOTE.TXT 4.3.12–4.3.16; ZIP64 4.3.14–4.3.15,
 * 4.5.3). It is a small, fixed-layout table at the end of the file that lists every part with
 * its compressed and unpacked sizes, so reading it ourselves lets a file be judged before a
 * single byte is inflated. Each part's local header is checked to lie where the directory says,
 * which catches a file cut short or spliced together.
 */
export function readZipDirectory(data: Uint8Array): ZipDirectory {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const eocd = findEndOfDirectory(data, view);
  if (eocd < 0)
    return { ok: false, damage: "has no end of zip directory, as when a copy or download is cut short" };
  let count = u16(eocd + 10);
  let size = u32(eocd + 12);
  let offset = u32(eocd + 16);
  let directoryEnd = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR)
      return { ok: false, damage: "has a broken ZIP64 directory" };
    const record = u64(locator + 8);
    if (record + 56 > locator || u32(record) !== ZIP64_EOCD)
      return { ok: false, damage: "has a broken ZIP64 directory" };
    count = u64(record + 32);
    size = u64(record + 40);
    offset = u64(record + 48);
    directoryEnd = record;
  }
  if (offset + size > directoryEnd)
    return {
      ok: false,
      damage: "has a zip directory that points past the end of the file (it is cut short)",
    };

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directoryEnd || u32(at) !== CENTRAL)
      return { ok: false, damage: `has a damaged zip directory (entry ${i + 1} of ${count})` };
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength));
    const sizes = {
      uncompressed: u32(at + 24),
      compressed: u32(at + 20),
      local: u32(at + 42),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    if (Object.values(sizes).some(Number.isNaN))
      return { ok: false, damage: `has a damaged zip directory (entry ${name})` };
    const entry: Omit<ZipEntry, "dataOffset"> = {
      name,
      method: u16(at + 10),
      encrypted: (flags & 1) !== 0,
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
    };
    const local = sizes.local;
    if (local + 30 > offset || u32(local) !== LOCAL)
      return { ok: false, damage: `is damaged: its part ${name} is missing or misplaced` };
    if (local + 30 + u16(local + 26) + u16(local + 28) + entry.compressedSize > offset)
      return { ok: false, damage: `is damaged: its part ${name} is cut short` };
    entries.push({ ...entry, dataOffset: local + 30 + u16(local + 26) + u16(local + 28) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The end-of-directory record: the last 22 bytes, or earlier when an archive comment follows. */
function findEndOfDirectory(data: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= lowest; i--)
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= data.length) return i;
  return -1;
}

/** ZIP64 extra field: 8-byte values for the 32-bit fields set to 0xFFFFFFFF, in this order. */
function readZip64Sizes(
  view: DataView,
  start: number,
  length: number,
  sizes: { uncompressed: number; compressed: number; local: number },
): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= at + 4 + size ? Number(view.getBigUint64(field, true)) : NaN;
        field += 8;
        return value;
      };
      if (sizes.uncompressed === 0xffffffff) sizes.uncompressed = next();
      if (sizes.compressed === 0xffffffff) sizes.compressed = next();
      if (sizes.local === 0xffffffff) sizes.local = next();
      return;
    }
    at += 4 + size;
  }
}
