import Foundation
import Testing

@testable import ModelCore

/// The store's own directory, as `duban units` changes it: pure edits of a `Directory`, and
/// task names read again through the result.
@Suite struct DirectoryChangeTests {
    let standard = Directory.standard

    @Test func anAliasIsResolvedAndMayBeGivenThroughAnySpellingOfTheUnit() throws {
        #expect(standard.resolveUnit("区审批局").isUnknown)
        let changed = try standard.applying(.alias(spelling: "区审批局", unit: "审批服务管理局"))
        #expect(changed.resolveUnit("区审批局") == UnitResolution(names: ["区审批服务管理局"], warning: nil))
        #expect(changed.resolveUnit("审批局").names == ["区审批服务管理局"], "the 区 prefix may be left out, as for every spelling")
        #expect(changed.units.count == standard.units.count)
    }

    @Test func aSpellingThatNamesSomethingElseIsRefused() {
        #expect(throws: DirectoryRefusal("“住建局” already names 区住房城乡建设和交通局; rename or remove that first (duban units rename)")) {
            try standard.applying(.alias(spelling: "住建局", unit: "区财政局"))
        }
        #expect(throws: DirectoryRefusal("“财政局” already names 区财政局")) {
            try standard.applying(.alias(spelling: "财政局", unit: "区财政局"))
        }
        #expect(throws: DirectoryRefusal.self) { try standard.applying(.alias(spelling: "某局", unit: "各乡镇")) }
        #expect(throws: DirectoryRefusal.self) { try standard.applying(.add(name: "区财政局", kind: .department, aliases: [])) }
        #expect(throws: DirectoryRefusal.self) { try standard.applying(.add(name: "区数据局", kind: .department, aliases: ["财政局"])) }
        #expect(throws: DirectoryRefusal.self) { try standard.applying(.rename(from: "区财政局", to: "水务局")) }
        #expect(throws: DirectoryRefusal.self) { try standard.applying(.rename(from: "区数据局", to: "区大数据局")) }
    }

    @Test func anAddedUnitHasItsKindAndAliases() throws {
        let changed = try standard.applying(.add(name: "区 数据局", kind: .department, aliases: ["数据局", "大数据局"]))
        let unit = try #require(changed.unit(named: "区数据局"))
        #expect(unit.kind == .department && unit.aliases == ["数据局", "大数据局"])
        #expect(changed.resolveUnit("大数据局").names == ["区数据局"])
        #expect(changed.members(of: changed.group(named: "区直各部门")!).contains(unit), "区直各部门 now stands for it too")
    }

    @Test func aRenamedUnitKeepsItsOldNameAsAnAlias() throws {
        let changed = try standard.applying(.rename(from: "住建局", to: "区住房和城乡建设局"))
        #expect(changed.unit(named: "区住房城乡建设和交通局") == nil)
        let unit = try #require(changed.unit(named: "区住房和城乡建设局"))
        #expect(unit.aliases.contains("区住房城乡建设和交通局") && unit.aliases.contains("住建局"))
        #expect(changed.resolveUnit("区住房城乡建设和交通局").names == ["区住房和城乡建设局"])
        let back = try changed.applying(.rename(from: "区住房和城乡建设局", to: "住建局"))
        #expect(back.unit(named: "住建局")?.aliases.contains("住建局") == false, "a promoted alias is no alias of itself")
    }

    @Test func anotherDirectoryReplacesThisOneWhenNoSpellingNamesTwoThings() throws {
        let other = Directory(
            leaders: ["王五"], units: [Unit(name: "甲县发改局", kind: .department, aliases: ["发改局"])],
            groups: [UnitGroup(name: "各乡镇", members: .allTowns)])
        #expect(try standard.applying(.replace(other)) == other)
        let clashing = Directory(
            leaders: [], units: [Unit(name: "甲局", kind: .department, aliases: ["局"]), Unit(name: "乙局", kind: .other, aliases: ["局"])],
            groups: [])
        #expect(throws: DirectoryRefusal("“局” is written for both 甲局 and 乙局")) { try standard.applying(.replace(clashing)) }
    }

    @Test func theJSONReadsBackTheSame() throws {
        let changed = try standard.applying(.add(name: "区数据局", kind: .department, aliases: ["数据局"]))
        #expect(try Directory(json: changed.json()) == changed)
        #expect(try Directory(json: standard.json()) == standard)
    }

    @Test func taskNamesFollowTheDirectoryAndUnknownOnesStay() throws {
        let task = Task(
            id: "T1-1", document: "台账", number: 1, chapter: "", section: nil, text: "老旧小区改造", leaders: ["马长军"],
            leadUnits: ["区住房城乡建设和交通局"], responsibleUnits: ["区审批局", "区审批服务管理局", "某某公司"], deadline: nil)
        let changed = try standard.applying(.alias(spelling: "区审批局", unit: "区审批服务管理局"))
            .applying(.rename(from: "区住房城乡建设和交通局", to: "区住房和城乡建设局"))
        let (moved, renamed) = task.resolvingUnitNames(through: changed)
        #expect(moved.leadUnits == ["区住房和城乡建设局"])
        #expect(moved.responsibleUnits == ["区审批服务管理局", "某某公司"], "two spellings of one unit are one name")
        #expect(renamed == ["区住房城乡建设和交通局 → 区住房和城乡建设局", "区审批局 → 区审批服务管理局"])
        #expect(task.resolvingUnitNames(through: standard).task == task, "the directory a task was read with moves nothing")
    }
}
