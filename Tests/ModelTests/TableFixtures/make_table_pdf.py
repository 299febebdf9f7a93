#!/usr/bin/env python3
"""Draws a task table (任务分工表) as a PDF from a JSON description, for ColumnTableReaderTests.

Usage: make_table_pdf.py description.json output.pdf

The description:
  font: path of a TrueType font with CJK glyphs; font_size (pt); line_height (mm)
  orientation: "L" or "P" (A4)
  running_header: text printed at the top of every page (optional)
  page_numbers: true to print "— N —" at the bottom of every page
  before: lines above the table on its first page, each {"text": …, "align": "L"|"C"|"R"}
  after: lines below the table, same form
  columns: [{"header": "责任\\n单位", "width": mm, "align": "L"|"C"}]: a header's "\\n" breaks it
  rows: a list of
    {"chapter": "一、稳增长"}: a row merged over the whole width
    {"cells": ["1", "全力推进…", …]}: one text per column, wrapped to the column's width
        ("\\n" forces a break); a row taller than what is left of the page continues on the next
    {"cells": […], "merge_first": {"text": "一、切实降低用电成本", "rows": 3}}: the first column is
        one cell over this row and the next rows-1 rows, printed one character a line, centred
        vertically (the covered rows' first cells are ignored); the group is never split over pages
    {"page_break": true}
Header cells are centred, body cells are top-aligned. Every page the table reaches repeats the header.
"""
import json
import sys

from fpdf import FPDF

PADDING = 1.5  # mm inside a cell, each side
MARGIN = 15  # mm


class TableDrawer:
    def __init__(self, spec):
        self.spec = spec
        self.line_height = spec.get("line_height", 5.5)
        self.pdf = FPDF(orientation=spec.get("orientation", "L"), unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("cjk", fname=spec["font"])
        self.pdf.set_font("cjk", size=spec.get("font_size", 10))
        self.columns = spec["columns"]
        self.left = MARGIN
        self.bottom = self.pdf.h - MARGIN - 8
        self.y = MARGIN

    def wrap(self, text, width):
        """The cell's lines: breaks at "\\n" and wherever the next character would overflow."""
        lines = []
        for paragraph in text.split("\n"):
            line = ""
            for ch in paragraph:
                if line and self.pdf.get_string_width(line + ch) > width - 2 * PADDING:
                    lines.append(line)
                    line = ""
                line += ch
            lines.append(line)
        return lines if text else []

    def text_at(self, x, width, baseline, text, align):
        text_width = self.pdf.get_string_width(text)
        if align == "C":
            x += (width - text_width) / 2
        elif align == "R":
            x += width - text_width - PADDING
        else:
            x += PADDING
        self.pdf.text(x, baseline, text)

    def new_page(self, with_header=True):
        self.pdf.add_page()
        page = self.pdf.page_no()
        if self.spec.get("running_header"):
            self.text_at(self.left, self.pdf.w - 2 * MARGIN, MARGIN - 5, self.spec["running_header"], "L")
        if self.spec.get("page_numbers"):
            self.text_at(0, self.pdf.w, self.pdf.h - MARGIN + 2, f"— {page} —", "C")
        self.y = MARGIN
        if with_header:
            self.draw_header()

    def draw_header(self):
        cells = [c["header"].split("\n") for c in self.columns]
        height = max(len(c) for c in cells) * self.line_height + 2 * PADDING
        x = self.left
        for column, lines in zip(self.columns, cells):
            self.pdf.rect(x, self.y, column["width"], height)
            top = self.y + (height - len(lines) * self.line_height) / 2
            for i, line in enumerate(lines):
                self.text_at(x, column["width"], top + (i + 0.75) * self.line_height, line, "C")
            x += column["width"]
        self.y += height

    def draw_plain_lines(self, lines):
        width = sum(c["width"] for c in self.columns)
        for line in lines:
            self.text_at(self.left, width, self.y + 0.75 * self.line_height, line["text"], line.get("align", "L"))
            self.y += self.line_height * 1.5

    def draw_chapter(self, text):
        width = sum(c["width"] for c in self.columns)
        height = self.line_height + 2 * PADDING
        if self.y + height > self.bottom:
            self.new_page()
        self.pdf.rect(self.left, self.y, width, height)
        self.text_at(self.left, width, self.y + PADDING + 0.75 * self.line_height, text, "L")
        self.y += height

    def cell_lines(self, row, skip_first):
        return [[] if skip_first and i == 0 else self.wrap(text, column["width"])
                for i, (column, text) in enumerate(zip(self.columns, row["cells"]))]

    def draw_row(self, lines):
        """Draws a row's wrapped cells from the current y, continuing on new pages as needed."""
        while True:
            count = max([len(c) for c in lines] + [1])
            room = int((self.bottom - self.y - 2 * PADDING) / self.line_height)
            if room < 1:
                self.new_page()
                continue
            shown = min(count, room)
            height = shown * self.line_height + 2 * PADDING
            x = self.left
            for column, cell in zip(self.columns, lines):
                self.pdf.rect(x, self.y, column["width"], height)
                for i, line in enumerate(cell[:shown]):
                    self.text_at(x, column["width"], self.y + PADDING + (i + 0.75) * self.line_height,
                                 line, column.get("align", "L"))
                x += column["width"]
            self.y += height
            if shown == count:
                return
            lines = [cell[shown:] for cell in lines]
            self.new_page()

    def draw_merged_group(self, rows, text):
        """Rows sharing one first-column cell whose text stands one character a line, centred."""
        groups = [self.cell_lines(row, skip_first=True) for row in rows]
        heights = [max(len(c) for c in g) * self.line_height + 2 * PADDING for g in groups]
        total = max(sum(heights), len(text) * self.line_height + 2 * PADDING)
        heights[-1] += total - sum(heights)
        if self.y + total > self.bottom:
            self.new_page()
        first = self.columns[0]["width"]
        self.pdf.rect(self.left, self.y, first, total)
        top = self.y + (total - len(text) * self.line_height) / 2
        for i, ch in enumerate(text):
            self.text_at(self.left, first, top + (i + 0.75) * self.line_height, ch, "C")
        for lines, height in zip(groups, heights):
            x = self.left + first
            for column, cell in zip(self.columns[1:], lines[1:]):
                self.pdf.rect(x, self.y, column["width"], height)
                for i, line in enumerate(cell):
                    self.text_at(x, column["width"], self.y + PADDING + (i + 0.75) * self.line_height,
                                 line, column.get("align", "L"))
                x += column["width"]
            self.y += height

    def draw(self, output):
        self.new_page(with_header=False)
        self.draw_plain_lines(self.spec.get("before", []))
        self.draw_header()
        rows = self.spec["rows"]
        index = 0
        while index < len(rows):
            row = rows[index]
            if row.get("page_break"):
                self.new_page()
            elif "chapter" in row:
                self.draw_chapter(row["chapter"])
            elif "merge_first" in row:
                span = row["merge_first"]["rows"]
                self.draw_merged_group(rows[index:index + span], row["merge_first"]["text"])
                index += span
                continue
            else:
                self.draw_row(self.cell_lines(row, skip_first=False))
            index += 1
        self.y += self.line_height
        self.draw_plain_lines(self.spec.get("after", []))
        self.pdf.output(output)


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        TableDrawer(json.load(f)).draw(sys.argv[2])
