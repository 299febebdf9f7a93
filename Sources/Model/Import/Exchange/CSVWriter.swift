/// Writes RFC 4180 CSV rows, quoting only the fields that need it.
enum CSVWriter {
    /// One row, its fields separated by commas, ended by CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted with inner quotes doubled when it holds a comma, a quote, CR or LF.
    /// Works on Unicode scalars: a quote followed by a combining mark is still a quote to a CSV reader.
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append(scalar) }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }
}
