import Foundation
import Testing

@testable import ModelCore

/// The store's timestamps: written by hand in the years a store holds, exactly as Foundation's
/// ISO 8601 formatter writes them, and read back to the same second.
@Suite struct ISOTimestampTests {
    private static let foundation = Date.ISO8601FormatStyle(timeZone: .gmt)

    @Test func writesWhatFoundationWritesAndReadsItBack() {
        var generator = SystemRandomNumberGenerator()
        let picked = (0..<2_000).map { _ in Double(Int.random(in: 0..<253_402_300_800, using: &generator)) }
        let edges: [Double] = [0, 59, 86_399, 86_400, 951_782_400, 951_868_799, 1_582_934_400, 4_107_542_399, 253_402_300_799]
        for seconds in edges + picked {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ISOTimestamp.text(date) == Self.foundation.format(date), "\(seconds)")
            #expect(ISOTimestamp.date(ISOTimestamp.text(date)) == date)
        }
    }

    @Test func beforeTheEpochAndAFractionOfASecond() {
        let before = Date(timeIntervalSince1970: -86_401)
        #expect(ISOTimestamp.text(before) == Self.foundation.format(before))
        #expect(ISOTimestamp.text(Date(timeIntervalSince1970: 1_600_000_000.75)) == "2020-09-13T12:26:40Z")
    }
}
