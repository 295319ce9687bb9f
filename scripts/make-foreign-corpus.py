"""Writes the openpyxl and pandas members of test/fixtures/foreign/ (run by make-foreign-corpus.ts).

Usage: /usr/bin/python3 scripts/make-foreign-corpus.py FLEET_DATA_JSON OUT_DIR
"""

import json
import sys
from datetime import datetime, timedelta

import openpyxl
import pandas as pd

EXCEL_EPOCH = datetime(1899, 12, 30)


def to_datetime(serial):
    # Whole seconds: a serial's float noise must not become microseconds in the file.
    return EXCEL_EPOCH + timedelta(seconds=round(serial * 86400))


def typed_rows(rows, date_columns):
    header = rows[0]
    dated = [h in date_columns for h in header]
    return [header] + [
        [to_datetime(v) if is_date and isinstance(v, (int, float)) else v for v, is_date in zip(row, dated)]
        for row in rows[1:]
    ]


def write_openpyxl(data, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in data["sheets"].items():
        ws = wb.create_sheet(name)
        for row in typed_rows(rows, data["dateColumns"]):
            ws.append(row)
    wb.properties.created = datetime(2025, 5, 1)
    wb.properties.modified = datetime(2025, 5, 1)
    wb.save(path)


def write_pandas(data, path):
    # pandas' default engine for .xlsx is openpyxl; named here so a later default cannot change it.
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, rows in data["sheets"].items():
            typed = typed_rows(rows, data["dateColumns"])
            pd.DataFrame(typed[1:], columns=typed[0]).to_excel(writer, sheet_name=name, index=False)
        writer.book.properties.created = datetime(2025, 5, 1)
        writer.book.properties.modified = datetime(2025, 5, 1)


def main():
    source, out = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    write_openpyxl(data, f"{out}/openpyxl.xlsx")
    write_pandas(data, f"{out}/pandas.xlsx")


if __name__ == "__main__":
    main()
