import Testing

@testable import ModelCore

@Suite struct DirectoryTests {
    let directory = Directory.standard

    @Test func aliasesResolveToTheCanonicalName() {
        for written in ["发改局", "发展和改革局", "区发展和改革局", "发展和改革局（金融工作局）", "发改局(金融工作局)"] {
            #expect(directory.resolveUnit(written) == UnitResolution(names: ["区发展和改革局"], warning: nil), "\(written)")
        }
        #expect(directory.resolveUnit("工信和商务局").names == ["区工业信息化和商务局"])
        #expect(directory.resolveUnit("税务局").names == ["国家税务总局吴忠市利通区税务局"])
    }

    @Test func theDistrictPrefixMayBeMissingOrExtra() {
        #expect(directory.resolveUnit("审计局").names == ["区审计局"])
        #expect(directory.resolveUnit("区金积镇").names == ["金积镇"])
    }

    @Test func groupsStayGroups() {
        #expect(directory.resolveUnit("各乡镇").names == ["各乡镇"])
        #expect(directory.resolveUnit("直属事业单位").names == ["各直属事业单位"])
        let towns = directory.members(of: directory.group(named: "各乡镇")!)
        #expect(towns.count == 12)
        let farming = directory.members(of: directory.group(named: "各涉农乡镇")!)
        #expect(farming.count == 10)
        #expect(!farming.contains { $0.name == "胜利镇" })
    }

    @Test func misspellingsAreRepairedAndSaid() {
        let resolution = directory.resolveUnit("市场监督管局利通区分局")
        #expect(resolution.names == ["市市场监督管理局利通区分局"])
        #expect(resolution.warning?.contains("misspelt") == true)
    }

    @Test func namesRunTogetherAreSplit() {
        let resolution = directory.resolveUnit("农业农村局文化旅游体育广电局")
        #expect(resolution.names == ["区农业农村局", "区文化旅游体育广电局"])
        #expect(resolution.warning?.contains("run together") == true)
        #expect(directory.resolveUnit("民政局财政局组织部", expectRunTogether: true) == UnitResolution(names: ["区民政局", "区财政局", "区委组织部"], warning: nil))
    }

    @Test func unknownUnitsAreKeptAsWritten() {
        let resolution = directory.resolveUnit("某某协会")
        #expect(resolution.names == ["某某协会"])
        #expect(resolution.warning == "unknown unit “某某协会” kept as written")
    }

    @Test func leadersLoseStraySpaces() {
        #expect(directory.resolveLeader("邵 锋").name == "邵锋")
        #expect(directory.resolveLeader("邵 锋").warning == nil)
        #expect(directory.resolveLeader("政府班子成员").warning == nil)
        #expect(directory.resolveLeader("张三").warning != nil)
    }

    @Test func everyUnitNameAndAliasIsUnique() {
        var seen: [String: String] = [:]
        for unit in directory.units {
            for spelling in [unit.name] + unit.aliases + unit.misspellings {
                #expect(seen[Directory.normalise(spelling)] == nil, "\(spelling) is used twice")
                seen[Directory.normalise(spelling)] = unit.name
            }
        }
    }
}
