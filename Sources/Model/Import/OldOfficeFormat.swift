import Foundation
import ModelCore

/// The one line for a file in a closed or old Office format: what it is, and how to save it in
/// a format duban reads.
enum OldOfficeFormat {
    static func refusal(path: String) -> LocatedError {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let message: String
        switch ext {
        case "xls", "et", "ett", "xlt":
            message =
                "an Excel 97–2003 or WPS 表格 file (.\(ext)), which duban does not read: open it in Excel or WPS and save it as "
                + "an Excel workbook (.xlsx) — Excel: 文件 → 另存为 → Excel 工作簿(*.xlsx); WPS: 文件 → 另存为 → Excel 文件(*.xlsx)"
        case "doc", "wps", "wpt", "dot":
            message =
                "a Word 97–2003 or WPS 文字 file (.\(ext)), which duban does not read: open it in Word or WPS and save it as "
                + "a Word document (.docx) — Word: 文件 → 另存为 → Word 文档(*.docx); WPS: 文件 → 另存为 → Word 文件(*.docx)"
        case "xlsx", "docx":
            message = "an encrypted (password-protected) .\(ext), which duban cannot open: remove the password and save it again"
        default:
            message = "an Office 97–2003 file (.xls or .doc), which duban does not read: save it as .xlsx or .docx and import that"
        }
        return LocatedError(file: path, line: 0, message: message)
    }
}
