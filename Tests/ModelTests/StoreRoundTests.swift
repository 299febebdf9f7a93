import Foundation
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport
@testable import ModelStore

/// Report rounds in the store: set, read, imported with the tasks, kept when a user set them.
@Suite struct StoreRoundTests {
    static let june = Day("2020-06-30")!
    static let november = Day("2020-11-30")!

    @Test func roundsRoundTripAndReplacePerDocument() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(ImportBatch(documents: [StoreSample.plan, StoreSample.motions], tasks: [], mode: .keepState))
            #expect(try store.reportRounds().isEmpty)
            try store.setReportRounds(document: "P2", dues: [Self.november, Self.june, Self.june])
            try store.setReportRounds(document: "M8", dues: [Day("2020-09-20")!])
            #expect(
                try store.reportRounds() == [
                    ReportRound(document: "M8", due: Day("2020-09-20")!),
                    ReportRound(document: "P2", due: Self.june),
                    ReportRound(document: "P2", due: Self.november)
                ])
            try store.setReportRounds(document: "P2", dues: [])
            #expect(try store.reportRounds() == [ReportRound(document: "M8", due: Day("2020-09-20")!)])
        }
    }

    @Test func anUnknownDocumentIsRefusedAndNothingChanges() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette([StoreSample.task(1)]))
            #expect(throws: StoreError.self) { try store.setReportRounds(document: "X9", dues: [Self.june]) }
            do {
                try store.setReportRounds(document: "X9", dues: [Self.june])
            } catch {
                #expect("\(error)" == "no document with code X9")
            }
            #expect(try store.reportRounds().isEmpty)
        }
    }

    @Test func theGazetteStatesThe2号RoundsOnly() {
        #expect(
            GazetteFixture.parsed.rounds == [
                ReportRound(document: "P2", due: Self.june),
                ReportRound(document: "P2", due: Self.november)
            ])
    }

    @Test func roundsReadFromTheNoticeSentenceThatAsksForAWrittenReport() {
        let notice = "各牵头单位于 6 月底和 11 月底前，向区政府书面报告一次完成情况。各单位于3月20日前报送名单。"
        #expect(ReportRoundReader.dues(inNotice: notice, year: 2020) == [Self.june, Self.november])
        #expect(ReportRoundReader.dues(inNotice: "各单位于3月20日前报送名单。", year: 2020).isEmpty)
    }

    @Test func importStoresRoundsWithTheTasksAndAgainChangesNothing() throws {
        try withTemporaryStore { store, _ in
            let batch = try SampleData.gazette().batch
            _ = try store.apply(batch)
            let expected = [ReportRound(document: "P2", due: Self.june), ReportRound(document: "P2", due: Self.november)]
            #expect(try store.reportRounds() == expected)
            _ = try store.apply(batch)
            #expect(try store.reportRounds() == expected)
        }
    }

    @Test func aUserSetScheduleSurvivesAReimport() throws {
        try withTemporaryStore { store, _ in
            let batch = try SampleData.gazette().batch
            _ = try store.apply(batch)
            let own = Day("2020-12-15")!
            try store.setReportRounds(document: "P2", dues: [own])
            _ = try store.apply(batch)
            #expect(try store.reportRounds() == [ReportRound(document: "P2", due: own)])
        }
    }

    @Test func aBatchWhoseRoundsNameAMissingDocumentIsRefusedWhole() throws {
        try withTemporaryStore { store, _ in
            let batch = ImportBatch(
                documents: [StoreSample.plan], tasks: [StoreSample.task(1)], mode: .keepState,
                rounds: [ReportRound(document: "Q9", due: Self.june)])
            #expect(throws: StoreError.self) { _ = try store.apply(batch) }
            let (empty, rounds) = (try store.isEmpty, try store.reportRounds())
            #expect(empty)
            #expect(rounds.isEmpty)
        }
    }
}
