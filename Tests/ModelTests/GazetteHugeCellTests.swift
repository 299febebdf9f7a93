import TestSupport
import Testing

@testable import ModelCore
@testable import ModelImport

/// Fuzz case 1639 (seed 20200701) put a 72,406-character line into a motion table's unit cell,
/// and the import spun for 152 s of CPU: each fragment re-resolved the whole joined cell, and
/// the segmentation copied its partial answers. Case 31953 put 43,146 one-letter fragments into a
/// proposal's cell (2.3 s). These inputs must stay linear.
@Suite struct GazetteHugeCellTests {
    /// The fuzz run's limit for one case.
    static let cpuLimit = Duration.seconds(2)

    /// The hostile lines hold about 1.5 times the gazette's characters, so a linear reader spends
    /// about that much again; a quadratic one spends hundreds of times more. Measured against the
    /// plain parse on the same thread, the bound holds on a loaded CI machine, where an absolute
    /// one (the whole parse under two seconds) failed at 2.4 s with the plain parse at 1.1 s.
    static let addedCostLimit = 3.0

    /// A known name, a near-miss and a run-together pair, repeated: text that keeps every
    /// resolution path busy and can never be read as one list of known names.
    static func hostileUnits(characters: Int) -> String {
        let phrase = "住建和交通局水务局某某协会农业农村局文化旅游体育"
        return String(String(repeating: phrase, count: characters / phrase.count + 1).prefix(characters))
    }

    @Test func aSeventyThousandCharacterUnitCellImportsInBoundedTime() throws {
        let huge = Self.hostileUnits(characters: 72_000)
        let text = GazetteFixture.edited { lines in
            // After motion 第1号 (line 5258): one huge line, 20,000 one-letter fragments on one
            // line (fuzz case 31953's shape), then 2,000 short fragments.
            let letters = "民" + String(repeating: "x,", count: 20_000)
            lines.insert(contentsOf: [huge, letters] + Array(repeating: "某某协会", count: 2_000), at: 5258)
        }
        let started = ThreadCPUClock.now()
        let parsed = try GazetteImporter.parse(text, file: "huge.txt")
        let elapsed = ThreadCPUClock.now() - started
        let plainStarted = ThreadCPUClock.now()
        _ = try GazetteImporter.parse(GazetteFixture.text, file: "gazette.txt")
        let plain = ThreadCPUClock.now() - plainStarted
        print("huge unit cell: the gazette with 72,000 characters + 20,000 + 2,000 fragments parsed in \(elapsed) of CPU (\(plain) without)")
        #expect(elapsed - plain < plain * Self.addedCostLimit)

        let motion = try #require(parsed.tasks.first { $0.id == "N8-1" })
        #expect(motion.leadUnits.first == "区住房城乡建设和交通局")
        let cellWarnings = parsed.warnings.filter { $0.line == 5258 }
        #expect(!cellWarnings.isEmpty)
        #expect(cellWarnings.allSatisfy { $0.message.count < 200 }, "a warning quotes the whole cell")
    }

    @Test func aLongRunOfNamesIsReportedNotSearched() {
        let directory = Directory.standard
        let long = String(repeating: "水务局", count: 20_000)
        let started = ThreadCPUClock.now()
        let resolution = directory.resolveUnit(long, expectRunTogether: true)
        let elapsed = ThreadCPUClock.now() - started
        print("60,000-character unit string resolved in \(elapsed) of CPU")
        #expect(elapsed < Self.cpuLimit)
        #expect(resolution.names.count == 1)
        #expect(resolution.warning?.contains("共60000字") == true)
        #expect((resolution.warning?.count ?? 0) < 120)
    }

    @Test func segmentationStillFindsTheFewestParts() {
        let directory = Directory.standard
        let names = ["区水务局", "区农业农村局", "区民政局", "区财政局"]
        let written = String(repeating: "水务局农业农村局民政局财政局", count: 10)
        let resolution = directory.resolveUnit(written, expectRunTogether: true)
        #expect(resolution.warning == nil)
        #expect(resolution.names == Array(repeating: names, count: 10).flatMap { $0 })
    }
}
