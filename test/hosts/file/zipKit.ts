import { crc32, deflateRawSync } from "node:zlib";

/**
 * A zip archive of the given parts, deflated, as any zip tool writes it; `packed` and `size` give a
 * part's deflated bytes and unpacked size when `data` is too large to hold.
 */
export function zipOf(
  parts: { name: string; data: Uint8Array; packed?: Uint8Array; size?: number }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const packed = p.packed ?? deflateRawSync(p.data);
    const header = (central: boolean) => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const at = central ? 2 : 0; // the central header has "version made by" first
      b.writeUInt16LE(20, 4 + at);
      b.writeUInt16LE(8, 8 + at);
      b.writeUInt32LE(p.size === undefined ? crc32(p.data) : 0, 14 + at);
      b.writeUInt32LE(packed.length, 18 + at);
      b.writeUInt32LE(p.size ?? p.data.length, 22 + at);
      b.writeUInt16LE(name.length, 26 + at);
      if (central) b.writeUInt32LE(offset, 42);
      return b;
    };
    centrals.push(header(true), name);
    const local = Buffer.concat([header(false), name, packed]);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
