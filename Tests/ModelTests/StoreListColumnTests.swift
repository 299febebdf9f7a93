import Foundation
import GRDB
import Testing

@testable import ModelCore
@testable import ModelStore

@Suite struct StoreListColumnTests {
    @Test func readsWhatJSONEncoderWrites() throws {
        let lists: [[String]] = [
            [], ["区发展和改革局"], ["各乡镇", "区直各部门", "a/b"], ["\"quoted\" \\ back", "tab\there\nline"],
            ["\u{01}\u{1F}", "emoji 😀 and é", ""]
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        for list in lists {
            let text = String(decoding: try encoder.encode(list), as: UTF8.self)
            #expect(StringListColumn.decode(text) == list)
        }
    }

    @Test func readsEveryEscapeAndWhitespace() {
        #expect(StringListColumn.decode(#" [ "a\/b" , "\b\f\n\r\t" ,"\u4E2D\uD83D\uDE00" ] "#) == ["a/b", "\u{08}\u{0C}\n\r\t", "中😀"])
    }

    @Test func refusesWhatIsNotAnArrayOfStrings() {
        for text in [
            "", "[", "]", "[\"a\"", "[\"a\",]", "[,\"a\"]", "[1]", "[\"a\"] x", "{}", "[\"\\x\"]", "[\"\\u12\"]",
            "[\"\\uD800\"]", "[\"\\uDC00\"]", "[\"a\nb\"]", "[\"a\" \"b\"]"
        ] {
            #expect(StringListColumn.decode(text) == nil, "\(text)")
        }
    }

    @Test func readsTimestampsAsTheyAreWritten() {
        for seconds in [0, 1_593_339_120, 951_782_400, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(ISOTimestamp.date(ISOTimestamp.text(date)) == date)
        }
        #expect(ISOTimestamp.date("2020-06-28T10:12:00+08:00") == Date(timeIntervalSince1970: 1_593_310_320))
        #expect(ISOTimestamp.date("2020-02-29T23:59:59Z") == Date(timeIntervalSince1970: 1_583_020_799))
        #expect(ISOTimestamp.date("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
    }
}

@Suite struct StoreLoadOrderTests {
    @Test func tasksComeInPositionOrderWhateverOrderTheyAreStoredIn() throws {
        try withTemporaryStore { store, path in
            _ = try store.apply(StoreSample.gazette((1...5).map { StoreSample.task($0) }))
            #expect(try store.loadAll().tasks.map(\.id) == ["P2-1", "P2-2", "P2-3", "P2-4", "P2-5"])
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "UPDATE task SET position = 10 - position") }
            try queue.close()
            #expect(try store.loadAll().tasks.map(\.id) == ["P2-5", "P2-4", "P2-3", "P2-2", "P2-1"])
        }
    }

    @Test func sharedListsAndNamesReadBackAsWritten() throws {
        try withTemporaryStore { store, _ in
            _ = try store.apply(StoreSample.gazette((1...3).map { StoreSample.task($0) }))
            let tasks = try store.loadAll().tasks
            #expect(tasks.allSatisfy { $0.responsibleUnits == ["各乡镇", "金积镇"] && $0.leaders == ["马长军"] })
            #expect(tasks.map(\.chapter) == ["一、稳增长", "一、稳增长", "一、稳增长"])
        }
    }
}
