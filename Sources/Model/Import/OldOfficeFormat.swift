import Foundation
import ModelCore

/// The one line for a file in a closed or old Office format: what it is, and how to save it in
/// a format duban reads. A compound file holding an `EncryptedPackage` stream is a
/// password-protected .xlsx or .docx, whatever its name; otherwise the name tells Excel from Word.
enum OldOfficeFormat {
    static func refusal(path: String, bytes: [UInt8]) -> LocatedError {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let encryptedStream = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if Data(bytes).range(of: encryptedStream) != nil {
            return LocatedError(
                file: path, line: 0,
                message:
                    "a password-protected Office file, which duban cannot open: open it in Excel, Word or WPS, remove the password and save it again")
        }
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
        default:
            message = "an Office 97–2003 file (.xls or .doc), which duban does not read: save it as .xlsx or .docx and import that"
        }
        return LocatedError(file: path, line: 0, message: message)
    }
}
