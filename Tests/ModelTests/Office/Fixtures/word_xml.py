"""Raw WordprocessingML for make_docx.py: what python-docx has no API for, written out and put
into the document python-docx builds (numbering definitions, tracked changes, text boxes, table grids)."""
from docx.oxml import parse_xml
from docx.oxml.ns import qn

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


def fragment(xml):
    """The elements of a WordprocessingML fragment, every prefix above declared."""
    return list(parse_xml(f"<w:fragment {DECLARATIONS}>{xml}</w:fragment>"))


def add_raw(doc, xml):
    """Puts raw body elements (w:p, w:tbl) at the end of the body, before its w:sectPr."""
    section = doc.element.body.find(qn("w:sectPr"))
    for element in fragment(xml):
        section.addprevious(element)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(content, properties=""):
    return f"<w:p><w:pPr>{properties}</w:pPr>{content}</w:p>"


def numbered(text, num_id, level=0):
    return para(run(text) if text else "", f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')


def set_numbering(doc, xml):
    """Replaces numbering.xml with abstractNum and num elements written out."""
    part = doc.part.numbering_part
    part._element = parse_xml(f"<w:numbering {DECLARATIONS}>{xml}</w:numbering>")


def level(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}<w:pPr><w:ind w:left="420"/></w:pPr></w:lvl>')


def abstract(number, levels, extra=""):
    return f'<w:abstractNum w:abstractNumId="{number}">{extra}{"".join(levels)}</w:abstractNum>'


def num(number, abstract_id, overrides=""):
    return f'<w:num w:numId="{number}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def add_style(doc, style_id, properties="", based_on=None, kind="paragraph"):
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    xml = (f'<w:style {DECLARATIONS} w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{style_id}"/>{base}'
           f"<w:pPr>{properties}</w:pPr></w:style>")
    doc.styles.element.append(parse_xml(xml))


def cell(content, properties=""):
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{content}</w:tc>"


def text_cell(text, properties=""):
    return cell(para(run(text) if text else ""), properties)


def row(cells, properties=""):
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(cells)}</w:tr>"


def table(rows, columns):
    grid = "".join("<w:gridCol/>" for _ in range(columns))
    return f"<w:tbl><w:tblPr><w:tblW w:w='0' w:type='auto'/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
