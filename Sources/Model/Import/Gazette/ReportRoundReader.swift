import ModelCore

/// Reads the report rounds a document's notice states: the dates of the sentence that asks the lead
/// units for a written report (书面报告), as the 2号 notice does — "各牵头单位于 6 月底和 11 月底前，
/// 向区政府书面报告一次完成情况" gives 06-30 and 11-30.
package enum ReportRoundReader {
    /// The due days, earliest first; empty when no sentence asks for a written report with dates.
    static func dues(inNotice text: String, year: Int) -> [Day] {
        let sentences = text.filter { !$0.isWhitespace }.split(whereSeparator: { "。；;".contains($0) })
        let dues = sentences.filter { $0.contains("书面报告") }.flatMap { DeadlineReader.dates(in: String($0), year: year) }
        return Array(Set(dues)).sorted()
    }
}
