"""Read XLSX files with openpyxl and print their sheets, cells and layout as JSON.

Usage: read_xlsx.py FILE...  Floats are given as repr() text so no digit is lost on the way back.
Inline strings keep SpreadsheetML's _xHHHH_ escapes in openpyxl 3.0.9, so they are decoded here
as ECMA-376 Part 1, 22.4.2.4 defines them. Each file is loaded twice: with data_only=True for the
cached values of formula cells, and as written for the formulas themselves.
"""
import datetime
import json
import re
import sys

import openpyxl

ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def decode(text):
    return ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def cell_entry(cell):
    value = cell.value
    if isinstance(value, bool):
        return {"type": "bool", "value": value}
    if isinstance(value, (int, float)):
        return {"type": "number", "value": repr(float(value)), "format": cell.number_format}
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return {"type": "date", "value": value.isoformat(), "format": cell.number_format}
    if isinstance(value, datetime.timedelta):
        return {"type": "duration", "value": repr(value.total_seconds()), "format": cell.number_format}
    if cell.data_type == "e":
        return {"type": "error", "value": value}
    return {"type": "text", "value": decode(value)}


def sheet_entry(sheet, formulas):
    cells = {}
    # The sheet's own cell map holds only the cells the file has, so a cell at XFD1048576 costs one entry
    # instead of the whole used range that iter_rows() would walk.
    for _, cell in sorted(sheet._cells.items()):
        if cell.value is not None:
            entry = cell_entry(cell)
            written = formulas[cell.coordinate]
            if written.data_type == "f":
                entry["formula"] = written.value
            cells[cell.coordinate] = entry
    widths = {key: dimension.width for key, dimension in sheet.column_dimensions.items() if dimension.customWidth}
    return {
        "name": sheet.title,
        "state": sheet.sheet_state,
        "protected": bool(sheet.protection.sheet),
        "freeze": sheet.freeze_panes,
        "widths": widths,
        "cells": cells,
    }


def main(paths):
    result = {}
    for path in paths:
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path)
        result[path] = [sheet_entry(sheet, formulas[sheet.title]) for sheet in values.worksheets]
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
