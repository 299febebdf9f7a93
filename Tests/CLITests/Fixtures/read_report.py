#!/usr/bin/env python3
"""Reads a report duban wrote, with libraries independent of duban, and prints what a test checks as JSON.

read_report.py FILE.xlsx  -> sheets, each with its rows (values as text), frozen panes, filter range,
                             chart count, and the fill colour of each row's first cell (台账 only)
read_report.py FILE.docx  -> page size and margins in cm, the East Asian font of each style,
                             paragraphs as [style, text], tables as lists of rows
"""
import datetime
import json
import sys


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path):
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        rows = [[cell_text(cell.value) for cell in row] for row in sheet.iter_rows()]
        fills = [row[0].fill.fgColor.rgb if row[0].fill and row[0].fill.fill_type == "solid" else "" for row in sheet.iter_rows()]
        formats = [[cell.number_format for cell in row] for row in sheet.iter_rows(min_row=2, max_row=2)]
        sheets.append({
            "name": sheet.title, "rows": rows, "freeze": sheet.freeze_panes or "",
            "filter": sheet.auto_filter.ref or "", "charts": len(sheet._charts), "fills": fills,
            "formats": formats[0] if formats else [],
            "wrapped": bool(sheet.max_row > 1 and sheet.cell(row=2, column=6).alignment.wrap_text),
        })
    return {"sheets": sheets}


def read_docx(path):
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(path)
    section = document.sections[0]
    fonts = {}
    for style in document.styles:
        element = style.element.find(qn("w:rPr"))
        if element is not None and element.find(qn("w:rFonts")) is not None:
            fonts[style.name] = element.find(qn("w:rFonts")).get(qn("w:eastAsia"))
    return {
        "page": [round(section.page_width.cm, 1), round(section.page_height.cm, 1)],
        "margins": [round(m.cm, 1) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)],
        "fonts": fonts,
        "paragraphs": [[p.style.name, p.text] for p in document.paragraphs],
        "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
        "title": document.core_properties.title,
    }


path = sys.argv[1]
print(json.dumps(read_xlsx(path) if path.endswith(".xlsx") else read_docx(path), ensure_ascii=False))
