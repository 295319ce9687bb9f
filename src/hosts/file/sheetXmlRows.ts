/**
 * A worksheet part's XML, streamed, cut into the text before its rows, its rows (in chunks of whole
 * `<row>` elements) and the text after them. Only for parts that spell the main namespace without
 * a prefix (`<sheetData>`, `<row>`), which is how Excel, LibreOffice, openpyxl and ExcelTS write
 * them; anything else yields no rows, and its callers keep the sheet in the model.
 */
export type SheetXmlPiece =
  { kind: "before"; text: string } | { kind: "rows"; text: string } | { kind: "after"; text: string };

export async function* sheetXmlPieces(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<SheetXmlPiece> {
  const decoder = new TextDecoder();
  let state: "before" | "rows" | "after" = "before";
  let buffer = "";
  const pieces = function* (final: boolean): Generator<SheetXmlPiece> {
    if (state === "before") {
      const open = /<sheetData\b[^>]*?(\/?)>/.exec(buffer);
      if (!open) {
        if (final) {
          yield { kind: "before", text: buffer };
          buffer = "";
        }
        return;
      }
      const end = open.index + open[0].length;
      if (open[1] === "/") {
        // No rows at all: everything is "before".
        yield { kind: "before", text: buffer };
        buffer = "";
        state = "after";
        return;
      }
      yield { kind: "before", text: buffer.slice(0, end) };
      buffer = buffer.slice(end);
      state = "rows";
    }
    if (state === "rows") {
      const close = buffer.indexOf("</sheetData>");
      if (close >= 0) {
        if (close > 0) yield { kind: "rows", text: buffer.slice(0, close) };
        buffer = buffer.slice(close);
        state = "after";
      } else {
        // Whole rows only: a row ends where the next one starts.
        const cut = final ? buffer.length : buffer.lastIndexOf("<row");
        if (cut > 0) {
          yield { kind: "rows", text: buffer.slice(0, cut) };
          buffer = buffer.slice(cut);
        }
        return;
      }
    }
    if (state === "after" && final) {
      yield { kind: "after", text: buffer };
      buffer = "";
    }
  };
  for await (const chunk of bytes) {
    buffer += decoder.decode(chunk, { stream: true });
    yield* pieces(false);
  }
  buffer += decoder.decode();
  yield* pieces(true);
}
