#!/usr/bin/env python3
"""Writes the Excel workbooks the XLSX reader's tests read, with openpyxl.

  make_xlsx.py OUTPUT_DIR NAME...   writes OUTPUT_DIR/NAME.xlsx for each fixture NAME

Fixtures: ledger (a 台账 as offices keep one, behind a 说明 sheet), dates (dates and times in
the 1900 system), dates1904 (the same dates in the 1904 system), report_ledger (the 台账 of
several documents `duban report --format xlsx` writes), report_ledger_edited (the same after a
unit changed one status and one note). openpyxl writes its strings
inline and no phonetic runs: one task of the ledger is patched into a shared-strings part with
one (<rPh>, <phoneticPr>).

Exits 2 on bad arguments, 3 when openpyxl is missing (saying what to install).
"""
import datetime
import os
import re
import sys
import zipfile


def fail(message, status=3):
    print(f"make_xlsx.py: {message}", file=sys.stderr)
    sys.exit(status)


sys.dont_write_bytecode = True
try:
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
except ImportError:
    fail("openpyxl is not installed (python3 -m pip install openpyxl, or apt-get install python3-openpyxl)")

HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限", "进展情况", "状态", "备注"]


def ledger(path):
    wb = openpyxl.Workbook()
    about = wb.active
    about.title = "说明"
    about["A1"] = "填表说明"
    about["A2"] = "本表由区政府督查室每月汇总，请于每月25日前报送。"
    ws = wb.create_sheet("任务清单")
    ws["A1"] = "利通区2024年重点工作任务台账"
    ws.merge_cells("A1:I1")
    ws.append(HEADER)
    ws["A3"] = "一、项目建设"
    ws.merge_cells("A3:I3")
    ws.append([1, "推进重点项目建设，完成投资50亿元", "张军", "区发改局", "各乡镇", datetime.date(2024, 6, 30),
               "已开工建设", "推进中", ""])
    ws.append([2, "加快工业园区基础设施建设", None, "区工信局", "区发改局\n区财政局", "2024年9月底",
               CellRichText([TextBlock(InlineFont(b=True), "完成"), "主体工程"]), "已完成", "见附件"])
    ws.merge_cells("C4:C5")
    ws["A6"] = "二、民生保障"
    ws.merge_cells("A6:I6")
    ws.append([3, "实施老旧小区改造", "李明", "区住建局", "区审批局", "年底", None, "未启动", None])
    wb.save(path)
    add_phonetic_guide(path)


def add_phonetic_guide(path):
    """openpyxl writes its strings inline: the task at B7 is moved into an xl/sharedStrings.xml
    added to the zip, as rich-text runs with a phonetic run and its properties after them, as
    Chinese and Japanese Excel write them."""
    shared = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">'
              "<si><t>填表说明</t></si><si><r><t>实施</t></r><r><rPr><b/></rPr><t>老旧小区改造</t></r>"
              '<rPh sb="0" eb="2"><t>shí shī</t></rPh><phoneticPr fontId="1" type="noConversion"/></si></sst>')
    relationship = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'sharedStrings" Target="sharedStrings.xml" Id="rId9"/></Relationships>')
    content_type = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            text = data.decode()
            if info.filename == "xl/worksheets/sheet2.xml":
                text, count = re.subn(r'<c r="B7"[^>]*>.*?</c>', '<c r="B7" t="s"><v>1</v></c>', text)
                if count != 1:
                    fail("the ledger's sheet has no task at B7 to move", status=1)
            elif info.filename == "xl/_rels/workbook.xml.rels":
                text = text.replace("</Relationships>", relationship)
            elif info.filename == "[Content_Types].xml":
                text = text.replace("</Types>", content_type)
            target.writestr(info, text)
        target.writestr("xl/sharedStrings.xml", shared)


DATES = [
    (datetime.date(1900, 1, 1), "yyyy-mm-dd"),
    (datetime.date(1900, 2, 28), "yyyy-mm-dd"),
    (datetime.date(1900, 3, 1), "yyyy-mm-dd"),
    (datetime.date(2024, 6, 30), 'yyyy"年"m"月"d"日"'),
    (datetime.date(2024, 9, 30), "mm-dd-yy"),
    (datetime.datetime(2024, 9, 30, 14, 30), "yyyy/m/d h:mm"),
    (datetime.time(8, 15, 30), "h:mm:ss"),
    (0.25, "0%"),
]


def dates(path, epoch=None):
    wb = openpyxl.Workbook()
    if epoch is not None:
        wb.epoch = epoch
    ws = wb.active
    ws.title = "日期"
    for value, number_format in DATES:
        if epoch is not None and isinstance(value, datetime.date) and value.year == 1900:
            continue  # the 1904 system has no 1900 dates
        ws.append([value])
        ws.cell(row=ws.max_row, column=1).number_format = number_format
    wb.save(path)


def plan(path):
    """plan.docx's table (make_docx.py) as an Excel sheet: the title merged across, chapters merged
    across, 张军 merged down over three rows, 序号 as numbers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分解方案"
    ws["A1"] = "利通区2024年重点工作任务分解方案"
    ws.merge_cells("A1:F1")
    ws.append(["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"])
    ws.append(["一、项目建设"])
    ws.merge_cells("A3:F3")
    ws.append([1, "推进黄河流域生态保护。", "张军", "区发改局", "各乡镇", "6月底前"])
    ws.append([2, "建设现代煤化工基地。", None, "区工信局", "区发改局", "9月底前"])
    ws.append([3, "实施乡村振兴战略。", None, "区农业农村局", "各乡镇", "12月底前"])
    ws.merge_cells("C4:C6")
    ws.append(["二、民生保障"])
    ws.merge_cells("A7:F7")
    ws.append([4, "深化营商环境改革。", "李明", "区审批局", "区直各部门", "持续推进"])
    wb.save(path)


REPORT_HEADER = ["序号", "编号", "文件", "章节", "小节", "工作任务", "责任领导", "牵头单位", "责任单位", "配合单位", "完成时限", "状态", "进度",
          "最新进展", "填报日期", "填报人", "领导批示", "逾期", "未报送"]
P2 = "吴利政办发〔2020〕2号"
C8 = "吴利政办发〔2020〕8号 附件6"
REPORT_TASKS = [
    ["P2-8", P2, "一、稳增长", "（一）项目建设", "推进重点项目建设，全年完成固定资产投资50亿元以上，新开工项目20个。", "马长军",
     "区发展和改革局", "区财政局、各乡镇", "", datetime.date(2020, 9, 30), "推进中", 0.6, "已完成立项\n正在招标",
     datetime.date(2020, 10, 20), "王芳", "马长军：请加快进度", "", ""],
    ["P2-12", P2, "二、惠民生", "", "实施城镇老旧小区改造。", "赵丽亭", "区住房城乡建设和交通局", "胜利镇", "", None, "已完成", 1.0,
     "", None, "", "", "", "未报送"],
    ["C8-3", C8, "一、经济发展", "", "关于加快物流园区建设的提案", "马长军", "区发展和改革局", "", "区财政局",
     datetime.date(2020, 9, 15), "未启动", 0, "", None, "", "", "", ""],
    ["C8-5", C8, "二、乡村振兴", "", "关于改善农村人居环境的提案", "赵丽亭", "区农业农村局", "各乡镇", "", datetime.date(2020, 6, 30),
     "滞后", 0.2, "资金未到位", datetime.date(2020, 10, 18), "李娜", "赵丽亭：请限期整改", "逾期", ""],
]
REPORT_COLUMN = {name: index + 1 for index, name in enumerate(REPORT_HEADER)}


def report_ledger(path):
    """The 台账 `duban report --format xlsx` writes: two documents, two tasks each, with date,
    percent and wrapped cells; a 汇总 sheet of figures after it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(REPORT_HEADER)
    for serial, task in enumerate(REPORT_TASKS, start=1):
        ws.append([serial] + task)
        row = ws.max_row
        for name in ("完成时限", "填报日期"):
            ws.cell(row=row, column=REPORT_COLUMN[name]).number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=REPORT_COLUMN["进度"]).number_format = "0%"
        for name in ("工作任务", "最新进展", "领导批示"):
            ws.cell(row=row, column=REPORT_COLUMN[name]).alignment = Alignment(wrap_text=True, vertical="top")
    totals = wb.create_sheet("汇总")
    totals.append(["牵头单位", "任务", "已完成", "推进中", "滞后"])
    totals.append(["区发展和改革局", 2, 0, 1, 0])
    totals.append(["区农业农村局", 1, 0, 0, 1])
    totals.append(["合计", 4, 1, 1, 1])
    wb.save(path)


def report_ledger_edited(path):
    """report_ledger as a unit edits it in Excel: C8-5's status 滞后 → 推进中 and its 最新进展 rewritten."""
    report_ledger(path)
    wb = openpyxl.load_workbook(path)
    ws = wb["台账"]
    rows = [row for row in range(2, ws.max_row + 1) if ws.cell(row=row, column=REPORT_COLUMN["编号"]).value == "C8-5"]
    if len(rows) != 1:
        fail("the ledger has no row C8-5 to edit", status=1)
    ws.cell(row=rows[0], column=REPORT_COLUMN["状态"]).value = "推进中"
    ws.cell(row=rows[0], column=REPORT_COLUMN["最新进展"]).value = "资金已到位，\n开始施工"
    wb.save(path)


FIXTURES = {
    "ledger": ledger, "plan": plan, "dates": dates, "dates1904": lambda path: dates(path, CALENDAR_MAC_1904),
    "report_ledger": report_ledger, "report_ledger_edited": report_ledger_edited,
}


def main(arguments):
    if len(arguments) < 2 or any(name not in FIXTURES for name in arguments[1:]):
        fail(f"usage: make_xlsx.py OUTPUT_DIR NAME... (NAME one of {', '.join(FIXTURES)})", status=2)
    for name in arguments[1:]:
        FIXTURES[name](os.path.join(arguments[0], f"{name}.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1:])
