import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead
@testable import ModelStore

/// The store's own directory: kept in the store, changed in one transaction with the tasks that
/// follow it, and seen by every reader of the store.
@Suite struct StoreDirectoryTests {
    static let when = StoreSample.instant("2020-07-02T09:00:00Z")

    static func ledgerTask(_ number: Int, lead: String, responsible: [String]) -> Task {
        Task(
            id: "T1-\(number)", document: "台账", number: number, chapter: "", section: nil, text: "任务\(number)",
            leaders: ["马长军"], leadUnits: [lead], responsibleUnits: responsible, deadline: nil)
    }

    static func seeded(_ store: SQLiteStore) throws {
        let tasks = [
            ledgerTask(1, lead: "区审批局", responsible: ["各乡镇"]),
            ledgerTask(2, lead: "区住房城乡建设和交通局", responsible: ["区审批局"]),
            ledgerTask(3, lead: "区财政局", responsible: [])
        ]
        _ = try store.apply(
            ImportBatch(documents: [Document(code: "T1", name: "台账", title: "", defaultDeadline: nil)], tasks: tasks, mode: .keepState))
    }

    @Test func aNewStoreHasTheBundledDirectory() throws {
        let directory = try withTemporaryStore { store, _ in try store.directory() }
        #expect(directory == .standard)
    }

    @Test func anAliasMovesTheTasksThatUsedItWithAHistoryNote() throws {
        try withTemporaryStore { store, path in
            try Self.seeded(store)
            let before = try store.tasks()
            let outcome = try store.change(
                directory: .alias(spelling: "区审批局", unit: "区审批服务管理局"), actor: "clerk", at: Self.when)
            #expect(outcome.tasksMoved == 2 && outcome.renamed == ["区审批局 → 区审批服务管理局"])
            let after = try store.tasks()
            #expect(after.map(\.leadUnits) == [["区审批服务管理局"], ["区住房城乡建设和交通局"], ["区财政局"]])
            #expect(after[1].responsibleUnits == ["区审批服务管理局"])
            #expect(after.map(\.version) == [before[0].version + 1, before[1].version + 1, before[2].version])
            let note = try #require(try store.history(taskID: "T1-1").first)
            #expect(note.actor == "clerk" && note.kind == .note && note.note == "单位别名：区审批局 → 区审批服务管理局")
            #expect(try store.history(taskID: "T1-3").isEmpty)

            let other = try SQLiteStore(path: path)
            defer { try? other.close() }
            #expect(try other.directory().resolveUnit("区审批局").names == ["区审批服务管理局"], "kept in the store")
        }
    }

    @Test func aRefusedChangeChangesNothing() throws {
        try withTemporaryStore { store, _ in
            try Self.seeded(store)
            let tasks = try store.tasks(), cursor = try store.loadAll().cursor
            #expect(throws: StoreError.self) {
                try store.change(directory: .alias(spelling: "住建局", unit: "区财政局"), actor: "clerk", at: Self.when)
            }
            #expect(try store.tasks() == tasks && store.loadAll().cursor == cursor)
            #expect(try store.directory() == .standard)
        }
    }

    @Test func aChangeIsStructuralAndReadersReloadWithTheNewDirectory() throws {
        try withTemporaryStore { store, _ in
            try Self.seeded(store)
            var (snapshot, cursor, _) = try store.loadSnapshot(useImage: false)
            _ = try store.change(directory: .rename(from: "区住房城乡建设和交通局", to: "区住房和城乡建设局"), actor: "clerk", at: Self.when)
            let changes = try store.changes(since: cursor)
            #expect(changes.reload != nil, "a dashboard reloads, so that its panels use the new directory")
            snapshot.apply(changes)
            #expect(snapshot.directory.unit(named: "区住房和城乡建设局") != nil)
            #expect(snapshot.assignmentsByUnit["区住房和城乡建设局"]?.count == 1)
            #expect(snapshot.assignmentsByUnit["区住房城乡建设和交通局"] == nil)
            let loaded = try store.loadSnapshot(useImage: false).snapshot
            #expect(loaded.directory == snapshot.directory)
            let found = TaskFilter(unit: "住建局").apply(loaded.tasks, today: Day("2020-07-02")!, directory: loaded.directory)
            #expect(found.map(\.id) == ["T1-2"])
        }
    }

    @Test func anotherDistrictsDirectoryReplacesTheBundledOne() throws {
        try withTemporaryStore { store, _ in
            let other = Directory(
                leaders: ["王五"], units: [Unit(name: "甲县审批局", kind: .department, aliases: ["区审批局"])],
                groups: [UnitGroup(name: "各乡镇", members: .allTowns)])
            try Self.seeded(store)
            let outcome = try store.change(directory: .replace(other), actor: "clerk", at: Self.when)
            #expect(try store.directory() == other)
            #expect(outcome.tasksMoved == 2, "区审批局 is 甲县审批局 there; 区财政局 and 区住房城乡建设和交通局 stay as written")
            let roster = UnitRoster(snapshot: try store.loadSnapshot(useImage: false).snapshot)
            #expect(roster.units.map(\.unit.name) == ["甲县审批局"] && roster.units[0].tasks == 2 && roster.units[0].leading == 1)
            #expect(roster.unknown.map(\.name) == ["区住房城乡建设和交通局", "区财政局"])
            #expect(roster.unknown[0].taskIDs == ["T1-2"] && roster.unknown[0].documents == ["台账"])
        }
    }
}
