#!/usr/bin/env python3
"""Writes the Word documents the DOCX reader's tests read, with python-docx.

  make_docx.py OUTPUT_DIR NAME...   writes OUTPUT_DIR/NAME.docx for each fixture NAME

Fixtures: runs, fields, revisions, textboxes, numbering, tables, plan. What python-docx has no
API for (numbering definitions, tracked changes, text boxes, grid columns left empty) is written
as raw WordprocessingML with word_xml.py beside this script.

Exits 2 on bad arguments, 3 when python-docx is missing (saying what to install).
"""
import os
import sys


def fail(message, status=3):
    print(f"make_docx.py: {message}", file=sys.stderr)
    sys.exit(status)


sys.dont_write_bytecode = True  # no __pycache__ beside the tests
try:
    import docx
    from word_xml import (abstract, add_raw, add_style, cell, level, num, numbered, para, row, run, set_numbering,
                          table, text_cell)
except ImportError:
    fail("python-docx is not installed (python3 -m pip install python-docx, or apt-get install python3-docx)")


def runs(doc):
    p = doc.add_paragraph()
    for text in ["一、", "总体", "要求"]:
        p.add_run(text)
    p = doc.add_paragraph()
    r = p.add_run("甲")
    r.add_tab()
    r.add_text("乙")
    r.add_break()
    r.add_text("丙")
    doc.add_paragraph("")
    doc.add_paragraph("   ")
    add_raw(doc, para('<w:r><w:t>A</w:t><w:cr/><w:t>B</w:t><w:noBreakHyphen/><w:t>C</w:t>'
                      '<w:sym w:font="Wingdings" w:char="F0FC"/><w:softHyphen/>'
                      '<w:t xml:space="preserve"> D </w:t><w:t>  E  </w:t></w:r>'))
    add_raw(doc, para('<w:r><w:t>左</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>'
                      "<w:t>右</w:t></w:r>"))
    add_raw(doc, para(run("X"), '<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>'))
    add_raw(doc, para('<w:r><w:br w:type="page"/></w:r>'))
    doc.add_paragraph(" 前后留空 ")


def fields(doc):
    add_raw(doc, para(run("见第") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                      '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("3")
                      + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run("页")))
    add_raw(doc, para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("2024")
                      + '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 </w:instrText></w:r>'
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("是")
                      + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    add_raw(doc, para(run("共") + '<w:fldSimple w:instr=" NUMPAGES ">' + run("12") + "</w:fldSimple>" + run("页")))
    add_raw(doc, para('<w:hyperlink w:anchor="top">' + run("链接") + "</w:hyperlink>"
                      + '<w:smartTag w:uri="urn:place" w:element="City">' + run("银川") + "</w:smartTag>"
                      + '<w:sdt><w:sdtPr><w:rPr><w:vanish/></w:rPr><w:alias w:val="日期"/><w:text/></w:sdtPr><w:sdtEndPr>'
                      '<w:rPr><w:vanish/></w:rPr></w:sdtEndPr><w:sdtContent>' + run("6月底前") + "</w:sdtContent></w:sdt>"
                      + '<w:customXml w:element="unit">' + run("区发改局") + "</w:customXml>"))
    add_raw(doc, '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
                 "<w:sdtContent>" + para(run("目录")) + para(run("第一章")) + "</w:sdtContent></w:sdt>")
    add_raw(doc, para(run("看得见") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t><w:tab/></w:r>'
                      + '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也看得见</w:t></w:r>'
                      + '<w:ruby><w:rubyPr/><w:rt>' + run("yín") + "</w:rt><w:rubyBase>" + run("银")
                      + "</w:rubyBase></w:ruby>"))


def revisions(doc):
    add_raw(doc, para(run("完成") + '<w:del w:id="1" w:author="a"><w:r><w:delText>旧的</w:delText></w:r></w:del>'
                      + '<w:ins w:id="2" w:author="a">' + run("新的") + "</w:ins>" + run("任务")))
    add_raw(doc, para('<w:moveFrom w:id="3" w:author="a">' + run("移走") + "</w:moveFrom>" + run("原处")
                      + '<w:moveTo w:id="4" w:author="a">' + run("移来") + "</w:moveTo>"))
    deleted_mark = '<w:rPr><w:del w:id="5" w:author="a"/></w:rPr>'
    add_raw(doc, para(run("前半"), deleted_mark) + para(run("后半")))
    add_raw(doc, para('<w:del w:id="6" w:author="a"><w:r><w:delText>整段删除</w:delText></w:r></w:del>', deleted_mark)
            + para(run("保留")))
    add_raw(doc, para('<w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'
                      "</w:rPr><w:t>曾经隐藏</w:t></w:r>"))
    cells = "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in ["行一", "行一乙"])
    gone = "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in ["删掉的行", "x"])
    kept = "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in ["行三", "行三乙"])
    add_raw(doc, '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
                 f'<w:tr>{cells}</w:tr><w:tr><w:trPr><w:del w:id="8" w:author="a"/></w:trPr>{gone}</w:tr>'
                 f"<w:tr>{kept}</w:tr></w:tbl>")


def textboxes(doc):
    box = para(run("文本框内容"))
    drawing = ('<w:drawing><wp:anchor><wp:extent cx="1" cy="1"/><a:graphic><a:graphicData>'
               f"<wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp>"
               "</a:graphicData></a:graphic></wp:anchor></w:drawing>")
    legacy = f"<w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict>"
    add_raw(doc, para(run("正文一") + '<w:r><mc:AlternateContent><mc:Choice Requires="wps">' + drawing
                      + f"</mc:Choice><mc:Fallback>{legacy}</mc:Fallback></mc:AlternateContent></w:r>" + run("正文二")))
    add_raw(doc, para(run("锚") + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + para(run("旧式文本框"))
                      + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
    add_raw(doc, para('<w:r><mc:AlternateContent><mc:Choice Requires="w14"><w:t>新式</w:t></mc:Choice>'
                      "<mc:Fallback><w:t>☐</w:t></mc:Fallback></mc:AlternateContent></w:r>" + run("已完成")))
    doc.add_paragraph("后文")


FORMATS = [("decimalZero", 7), ("decimalFullWidth", 12), ("decimalEnclosedCircle", 3), ("upperLetter", 28),
           ("lowerLetter", 2), ("upperRoman", 14), ("lowerRoman", 9), ("ideographTraditional", 3),
           ("japaneseCounting", 21)]


def numbering(doc):
    custom = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">'
              '<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback>'
              '<w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/></w:lvl>')
    set_numbering(doc, "".join([
        abstract(10, [level(0, "decimal", "%1."), level(1, "decimal", "%1.%2"), level(2, "decimal", "%1.%2.%3")]),
        abstract(11, [level(0, "decimal", "%1)"), level(1, "lowerRoman", "%2.", extra='<w:lvlRestart w:val="0"/>')]),
        abstract(12, [level(0, "chineseCounting", "第%1章"), level(1, "decimal", "%1.%2", extra="<w:isLgl/>")]),
        abstract(13, [level(0, "decimal", "%1．")]),
        abstract(14, [level(0, "decimal", "%1.", extra='<w:suff w:val="space"/>')]),
        abstract(15, [level(0, "decimal", "%1、", extra='<w:suff w:val="nothing"/>')]),
        abstract(16, [level(0, "bullet", "\uf0b7")]),
        abstract(17, [level(0, "none", "注%1：")]),
        abstract(18, [custom]),
        abstract(20, [level(i, fmt, f"%{i + 1}", start) for i, (fmt, start) in enumerate(FORMATS)]),
        abstract(21, [level(0, "chineseCountingThousand", "%1", 11), level(1, "chineseCounting", "%2", 100)]),
        abstract(30, [level(0, "decimal", "%1．"), level(1, "decimal", "（%2）", extra='<w:pStyle w:val="ListStyledSub"/>')]),
        abstract(40, [level(0, "decimal", "%1/")], '<w:styleLink w:val="OutlineList"/>'),
        abstract(41, [], '<w:numStyleLink w:val="OutlineList"/>'),
        num(10, 10), num(11, 11), num(12, 12), num(13, 13), num(14, 13),
        num(15, 13, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'),
        num(16, 13, '<w:lvlOverride w:ilvl="0">' + level(0, "upperLetter", "%1)") + "</w:lvlOverride>"),
        num(17, 14), num(18, 15), num(19, 16), num(20, 17), num(21, 18), num(22, 20), num(23, 21),
        num(30, 30), num(40, 40), num(41, 41),
    ]))
    add_style(doc, "ListStyled", '<w:numPr><w:numId w:val="30"/></w:numPr>')
    add_style(doc, "ListStyledSub", based_on="ListStyled")
    add_style(doc, "OutlineList", '<w:numPr><w:numId w:val="40"/></w:numPr>', kind="numbering")
    items = [("甲", 10, 0), ("乙", 10, 1), ("丙", 10, 1), ("丁", 10, 0), ("戊", 10, 2), ("己", 10, 1),
             ("a", 11, 0), ("b", 11, 1), ("c", 11, 1), ("d", 11, 0), ("e", 11, 1),
             ("总则", 12, 0), ("目的", 12, 1),
             ("一号", 13, 0), ("二号", 14, 0), ("五号", 15, 0), ("六号", 15, 0), ("三号", 13, 0)]
    add_raw(doc, "".join(numbered(text, n, lvl) for text, n, lvl in items))
    old_numbering = '<w:pPrChange w:id="1" w:author="a"><w:pPr><w:numPr><w:numId w:val="13"/></w:numPr></w:pPr></w:pPrChange>'
    add_raw(doc, para(run("曾经编号"), old_numbering) + numbered("四号", 13))
    items = [("字母", 16, 0), ("空格", 17, 0), ("紧接", 18, 0), ("", 18, 0), ("要点", 19, 0), ("说明", 20, 0), ("自定义", 21, 0)]
    items += [(fmt, 22, i) for i, (fmt, _) in enumerate(FORMATS)]
    items += [("千", 23, 0), ("百", 23, 1)]
    add_raw(doc, "".join(numbered(text, n, lvl) for text, n, lvl in items))
    add_raw(doc, para(run("样式甲"), '<w:pStyle w:val="ListStyled"/>') + para(run("样式乙"), '<w:pStyle w:val="ListStyledSub"/>')
            + para(run("不编号"), '<w:pStyle w:val="ListStyled"/><w:numPr><w:numId w:val="0"/></w:numPr>')
            + numbered("链一", 41) + numbered("链二", 40))


def tables(doc):
    span = lambda n: f'<w:gridSpan w:val="{n}"/>'
    inner = table([row([text_cell("内1"), text_cell("内2")]), row([text_cell("内3"), text_cell("")])], 2)
    add_raw(doc, table([
        row([text_cell("a"), text_cell("bc", span(2)), text_cell("d")]),
        row([text_cell("x"), text_cell("y")], '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
        row([text_cell("合并", '<w:vMerge w:val="restart"/>'), text_cell("1"), text_cell("2"), text_cell("3")]),
        row([text_cell("", "<w:vMerge/>"), text_cell("4"), text_cell("5"), text_cell("6")]),
        row([text_cell("", '<w:vMerge w:val="continue"/>'), text_cell("7"), text_cell("8"), text_cell("9")]),
        row([text_cell(""), text_cell(""), text_cell(""), text_cell("")]),
        row([cell(para(run("第一行")) + para(run("第二行"))), cell(inner + para("")),
             cell(para(run("前")) + table([row([text_cell("内A")])], 1) + para(run("后"))), text_cell("")]),
        row([text_cell("第二章", span(4))]),
        row([text_cell("半", span(2)), text_cell(""), text_cell("")]),
        row([text_cell("三格", span(3)), text_cell("")]),
        row([text_cell("两行", span(4) + '<w:vMerge w:val="restart"/>')]),
        row([text_cell("", span(4) + "<w:vMerge/>")]),
    ], 4))
    doc.add_paragraph("两表之间")
    second = doc.add_table(rows=2, cols=2)
    for r, values in enumerate([["名称", "数量"], ["苹果", "3"]]):
        for c, value in enumerate(values):
            second.cell(r, c).text = value


PLAN_TASKS = [
    ("推进黄河流域生态保护。", "张军", "区发改局", "各乡镇", "6月底前"),
    ("建设现代煤化工基地。", "张军", "区工信局", "区发改局", "9月底前"),
    ("实施乡村振兴战略。", "张军", "区农业农村局", "各乡镇", "12月底前"),
    ("深化营商环境改革。", "李明", "区审批局", "区直各部门", "持续推进"),
]


def number(paragraph, num_id, ilvl=0):
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def plan(doc):
    """A work plan as offices write it: one three-level list (一、 / （一） / 1．) through the headings and
    tasks, counting on past a 序号/工作任务/… table whose 序号 cells are numbered by a list of their own."""
    set_numbering(doc, abstract(1, [level(0, "chineseCounting", "%1、", extra='<w:suff w:val="nothing"/>'),
                                    level(1, "chineseCounting", "（%2）", extra='<w:suff w:val="nothing"/>'),
                                    level(2, "decimal", "%3．")])
                  + abstract(2, [level(0, "decimal", "%1")]) + num(1, 1) + num(2, 2))
    add_style(doc, "PlanHeading1", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    add_style(doc, "PlanHeading2", '<w:numPr><w:ilvl w:val="1"/></w:numPr>', based_on="PlanHeading1")
    doc.add_paragraph("利通区2024年重点工作任务分解方案")
    doc.add_paragraph("总体要求", style="PlanHeading1")
    doc.add_paragraph("坚持稳中求进工作总基调。")
    doc.add_paragraph("重点任务", style="PlanHeading1")
    for heading, tasks in [("加快项目建设", PLAN_TASKS[:2]), ("保障和改善民生", PLAN_TASKS[2:])]:
        doc.add_paragraph(heading, style="PlanHeading2")
        for task, leader, lead_unit, _, _ in tasks:
            number(doc.add_paragraph(f"{task}（责任领导：{leader}；牵头单位：{lead_unit}）"), 1, 2)
    grid = doc.add_table(rows=8, cols=6)
    for c, title in enumerate(["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"]):
        grid.cell(0, c).text = title
    for r, chapter in [(1, "一、项目建设"), (5, "二、民生保障")]:
        grid.cell(r, 0).text = chapter
        grid.cell(r, 0).merge(grid.cell(r, 5))
    for r, (task, leader, lead_unit, units, deadline) in zip([2, 3, 4, 6], PLAN_TASKS):
        number(grid.cell(r, 0).paragraphs[0], 2)
        for c, value in [(1, task), (3, lead_unit), (4, units), (5, deadline)]:
            grid.cell(r, c).text = value
    grid.cell(2, 2).text = "张军"
    grid.cell(2, 2).merge(grid.cell(4, 2))
    grid.cell(6, 2).text = "李明"
    doc.add_paragraph("保障措施", style="PlanHeading1")
    number(doc.add_paragraph("加强组织领导。"), 1, 2)


FIXTURES = {"runs": runs, "fields": fields, "revisions": revisions, "textboxes": textboxes,
            "numbering": numbering, "tables": tables, "plan": plan}


def main(arguments):
    if len(arguments) < 2 or any(name not in FIXTURES for name in arguments[1:]):
        fail(f"usage: make_docx.py OUTPUT_DIR NAME... (NAME one of {', '.join(FIXTURES)})", status=2)
    for name in arguments[1:]:
        doc = docx.Document()
        FIXTURES[name](doc)
        doc.save(os.path.join(arguments[0], f"{name}.docx"))


if __name__ == "__main__":
    main(sys.argv[1:])
