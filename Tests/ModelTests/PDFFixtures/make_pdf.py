#!/usr/bin/env python3
"""Writes the PDFs PDFImportTests reads, with fpdf2 and the WenQuanYi Micro Hei CJK font.

  make_pdf.py INPUT.txt OUTPUT.pdf          the text's lines, one per PDF line; a form feed starts a new page
  make_pdf.py --blank OUTPUT.pdf            a page with only a drawn rectangle: no text layer, like a scan
  make_pdf.py --locked OUTPUT.pdf           a page of text behind a user password, which pdftotext refuses
  make_pdf.py --table INPUT.tsv OUTPUT.pdf  tab-separated rows as a ruled table, each column at its own x;
                                            "|" inside a cell breaks it into lines, as in a wrapped cell

Exits 2 on bad arguments, 3 when fpdf2 or the font is missing (saying what to install).
"""
import os
import sys

FONT = os.environ.get("DUBAN_CJK_FONT", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
# Left edge and width (mm) of the columns 序号, 工作任务, 牵头单位, 责任单位 on an A4 page.
COLUMNS = [(12, 12), (24, 96), (120, 38), (158, 40)]
LINE = 6  # mm per line of text


def new_pdf():
    try:
        from fpdf import FPDF
    except ImportError:
        fail("fpdf2 is not installed (python3 -m pip install fpdf2)")
    if not os.path.isfile(FONT):
        fail(f"the CJK font {FONT} is missing (apt-get install fonts-wqy-microhei)")
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("wqy", fname=FONT)
    pdf.set_font("wqy", size=11)
    return pdf


def fail(message):
    print(f"make_pdf.py: {message}", file=sys.stderr)
    sys.exit(3)


def write_text(source, output):
    pdf = new_pdf()
    with open(source, encoding="utf-8") as file:
        pages = file.read().split("\f")
    for page in pages:
        pdf.add_page()
        for line in page.strip("\n").split("\n"):
            pdf.cell(0, LINE, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(output)


def write_blank(output):
    pdf = new_pdf()
    pdf.add_page()
    pdf.rect(30, 40, 150, 200)
    pdf.output(output)


def write_locked(output):
    pdf = new_pdf()
    pdf.add_page()
    pdf.cell(0, LINE, "保密")
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.output(output)


def write_table(source, output):
    pdf = new_pdf()
    pdf.set_font_size(10)
    pdf.add_page()
    with open(source, encoding="utf-8") as file:
        rows = [line.split("\t") for line in file.read().splitlines() if line.strip()]
    y = 20
    for row in rows:
        cells = [cell.split("|") for cell in row]
        height = LINE * max(len(lines) for lines in cells)
        for (x, width), lines in zip(COLUMNS, cells):
            pdf.rect(x, y, width, height)
            for index, text in enumerate(lines):
                pdf.text(x + 1, y + LINE * (index + 1) - 1.5, text)
        y += height
    pdf.output(output)


def main(argv):
    if len(argv) == 3 and argv[1] == "--blank":
        write_blank(argv[2])
    elif len(argv) == 3 and argv[1] == "--locked":
        write_locked(argv[2])
    elif len(argv) == 4 and argv[1] == "--table":
        write_table(argv[2], argv[3])
    elif len(argv) == 3 and not argv[1].startswith("--"):
        write_text(argv[1], argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
