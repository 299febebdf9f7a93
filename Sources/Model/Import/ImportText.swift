import ModelCore

/// The text of a file to import: UTF-8 with or without a BOM, or else GB18030, which Excel and Notepad on
/// Chinese Windows save.
enum ImportText {
    /// The decoded text without its byte-order mark.
    static func decode(_ bytes: [UInt8], file: String) throws(LocatedError) -> String {
        guard let utf8Stop = ByteText.invalidUTF8Offset(in: bytes) else {
            return withoutBOM(String(decoding: bytes, as: UTF8.self))
        }
        let gbStop: Int
        do throws(Iconv.Failure) {
            return withoutBOM(String(decoding: try Iconv.convert(bytes, from: "GB18030", to: "UTF-8"), as: UTF8.self))
        } catch {
            switch error {
            case .invalidByte(let offset):
                gbStop = offset
            case .unsupported:
                throw LocatedError(
                    file: file, line: ByteText.line(of: utf8Stop, in: bytes),
                    message: "not UTF-8 text, and this system cannot convert GB18030")
            }
        }
        // The encoding that decodes further is more likely the file's own, and its stop the real fault.
        let utf8Line = ByteText.line(of: utf8Stop, in: bytes)
        let gbLine = ByteText.line(of: gbStop, in: bytes)
        throw LocatedError(
            file: file, line: utf8Stop >= gbStop ? utf8Line : gbLine,
            message: "neither UTF-8 nor GB18030 text (not UTF-8 from line \(utf8Line), "
                + "not GB18030 from line \(gbLine))")
    }

    private static func withoutBOM(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }
}
