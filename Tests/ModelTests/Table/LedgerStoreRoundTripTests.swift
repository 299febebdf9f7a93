import Foundation
import ModelCore
import Testing

@testable import ModelImport
@testable import ModelStore

/// The 台账 of a store imported back into it unchanged changes nothing: not the documents' titles
/// and deadlines (a 文件 column gives only a name), nor a proposal's case number, category and
/// proposers (the ledger has no columns for them).
@Suite struct LedgerStoreRoundTripTests {
    static let proposals = Document(code: "C8", name: "吴利政办发〔2020〕8号 附件6", title: "政协提案办理任务清单", defaultDeadline: Day("2020-09-15"))

    static let proposal = Task(
        id: "C8-3", document: proposals.name, number: 3, caseNumber: "31", category: "A", chapter: "（1）区发展和改革局", section: nil,
        text: "关于加快物流园区建设的提案", proposers: ["张三等"], leaders: ["马长军"], leadUnits: ["区发展和改革局"],
        responsibleUnits: ["区财政局", "各乡镇"], deadline: Day("2020-09-15"))

    @Test func importingTheStoresOwnLedgerChangesNothing() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(ImportBatch(documents: [Self.proposals], tasks: [Self.proposal], mode: .keepState))
            let row = LedgerSheet.reportRow(
                1, id: "C8-3", document: Self.proposals.name, chapter: "（1）区发展和改革局", text: Self.proposal.text, deadline: "2020-09-15",
                status: "未启动")
            let ledger = try LedgerSheet.read([LedgerSheet.reportHeader, row]).batch.keepingStoredDocuments(try store.documents())
            let outcome = try store.apply(ledger)
            #expect(outcome.tasksUnchanged == 1 && outcome.reportsRecorded == 0)
            #expect(try store.documents() == [Self.proposals])
            #expect(try store.task(id: "C8-3") == Self.proposal)
        }
    }
}
