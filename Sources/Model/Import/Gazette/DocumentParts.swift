/// A document cut into the parts that may hold a task list: the notice (up to its signature and
/// date), what follows the signature before any attachment (a plan printed after 附：…), and each
/// attachment from its marker line (`附件2`, `附件`, `附件1 承办单位…`). Also the attachments the
/// notice announces (附件：1.…任务分工表 2.…联络员信息表).
struct DocumentParts {
    /// A part and where it came from.
    struct Part {
        /// The attachment's number, 0 for an unnumbered 附件, nil for the document's own text.
        var attachment: Int?
        var lines: ArraySlice<SourceLine>
        /// Whether the part is the notice itself, before the signature.
        var isNotice: Bool

        /// `附件2`, or nil for the document's own text.
        var label: String? { attachment.map { $0 == 0 ? "附件" : "附件\($0)" } }
        /// The label a list of this part carries when its document has more than one: as `label`,
        /// and `附` for what is printed after the signature (a plan announced with 附：…).
        var shownLabel: String? { label ?? (isNotice ? nil : "附") }
    }

    /// An attachment the notice lists.
    struct Announced {
        var number: Int
        var title: String
        var line: Int
    }

    var parts: [Part] = []
    var announced: [Announced] = []
    /// The notice's text, where report dates and stated counts stand.
    var noticeText: String
    /// Whether the notice is signed and dated.
    var signed: Bool

    init(_ region: DocumentLayout.Region) {
        let lines = region.lines
        let markers = lines.indices.compactMap { index in Self.attachmentNumber(lines[index].text).map { (index, $0) } }
        let bodyEnd = markers.first?.0 ?? lines.endIndex
        let body = lines[lines.startIndex..<bodyEnd]
        if let signature = SignatureBlock.end(in: body) {
            signed = true
            parts.append(Part(attachment: nil, lines: body[...signature], isNotice: true))
            if signature + 1 < bodyEnd { parts.append(Part(attachment: nil, lines: body[(signature + 1)...], isNotice: false)) }
            noticeText = body[...signature].map(\.text).joined()
        } else {
            signed = false
            parts.append(Part(attachment: nil, lines: body, isNotice: true))
            noticeText = body.prefix { Headings.item($0.text) == nil && Headings.chapter($0.text) == nil }.map(\.text).joined()
        }
        for (i, marker) in markers.enumerated() {
            let end = i + 1 < markers.count ? markers[i + 1].0 : lines.endIndex
            var part = lines[marker.0..<end]
            let markerLine = part.first!
            let title = Self.markerTitle(markerLine.text)
            part = part.dropFirst()
            if !title.isEmpty { part = [SourceLine(number: markerLine.number, text: title)] + part }
            parts.append(Part(attachment: marker.1, lines: part, isNotice: false))
        }
        announced = Self.announced(in: parts[0].lines)
    }

    /// `附件`, `附件3`, `附件 3`, `附件1 承办单位…的办文格式` → its number (0 when unnumbered); nil
    /// for any other line, the notice's list `附件：1.…` included.
    static func attachmentNumber(_ text: String) -> Int? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("附件") else { return nil }
        let afterWord = trimmed.dropFirst(2).drop { $0 == " " }
        let digits = afterWord.prefix(while: \.isASCIIDigit)
        guard digits.count <= 2 else { return nil }
        let rest = afterWord.dropFirst(digits.count)
        if rest.isEmpty { return Int(digits) ?? 0 }
        // `附件1 标题` (a space, then a title) is a marker; `附件：…`, `附件1：…` and prose are not.
        guard !digits.isEmpty, rest.first == " " || rest.first == "\u{3000}" else { return nil }
        let title = rest.trimmingCharacters(in: .whitespaces)
        guard title.count <= 60, !title.hasSuffix("。"), !title.hasPrefix("："), !title.hasPrefix(":") else { return nil }
        return Int(digits)
    }

    private static func markerTitle(_ text: String) -> String {
        let afterWord = text.drop { $0.isWhitespace }.dropFirst(2).drop { $0 == " " }
        return afterWord.drop(while: \.isASCIIDigit).trimmingCharacters(in: .whitespaces)
    }

    /// The list after `附件：` in the notice: `1.利通区…任务分工表` `2.…联络员信息表`, each item maybe
    /// wrapped; a single attachment may be unnumbered (附件：利通区…指标体系).
    static func announced(in notice: ArraySlice<SourceLine>) -> [Announced] {
        guard
            let start = notice.firstIndex(where: {
                let compact = $0.text.filter { !$0.isWhitespace }
                return compact.hasPrefix("附件：") || compact.hasPrefix("附件:")
            })
        else { return [] }
        var found: [Announced] = []
        let first = notice[start].text.drop { $0 != "：" && $0 != ":" }.dropFirst()
        var lines = [SourceLine(number: notice[start].number, text: String(first))]
        lines += notice[(start + 1)...].prefix { !DocumentLayout.isIssuingOffice($0.text) && !SignatureBlock.isDate($0.text) }
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if let item = ItemNumber(text), item.number == found.count + 1, item.style == .plain {
                found.append(Announced(number: item.number, title: item.rest, line: line.number))
            } else if found.isEmpty {
                found.append(Announced(number: 0, title: text, line: line.number))
            } else {
                found[found.count - 1].title += text
            }
        }
        return found
    }
}
