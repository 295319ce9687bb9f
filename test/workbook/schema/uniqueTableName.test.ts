import { describe, expect, it } from "vitest";
import { uniqueTableName } from "../../../src/workbook/schema/uniqueTableName";

describe("uniqueTableName", () => {
  it("keeps a free table name", () => {
    expect(uniqueTableName("Koerebog", new Set())).toBe("Koerebog");
  });

  it("adds _2, _3 … when a table or defined name already has it, ignoring case", () => {
    expect(uniqueTableName("Koerebog", new Set(["koerebog", "koerebog_2"]))).toBe("Koerebog_3");
  });
});
