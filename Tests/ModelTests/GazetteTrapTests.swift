import Testing

@testable import ModelCore

/// The traps of the real gazette, solved by the Directory and the parser's rules.
@Suite struct GazetteTrapTests {
    let warnings = GazetteFixture.parsed.warnings.map(\.description)

    private func warned(_ fragment: String, line: Int) -> Bool {
        warnings.contains { $0.hasPrefix("gazette.txt:\(line):") && $0.contains(fragment) }
    }

    @Test func twoUnitNamesRunTogether() {
        #expect(GazetteFixture.task("P2-32")!.responsibleUnits == ["区财政局", "区人力资源和社会保障局", "区农业农村局", "区文化旅游体育广电局", "各乡镇"])
        #expect(warned("run together", line: 455))
        #expect(warned("区发展和改革局、区教育局", line: 1160))
    }

    @Test func misspeltUnitsAreRepairedWithAWarning() {
        #expect(warned("区工业信息和商务局", line: 836))
        #expect(warned("市场监督管局利通区分局", line: 1160))
        #expect(warned("卫生和健康局", line: 1178))
        #expect(warned("生态环局分局", line: 5353))
        #expect(GazetteFixture.task("N8-26")!.leadUnits == ["市生态环境局利通分局"])
    }

    @Test func someTownsAndMoreKeepsTheTownsNamed() {
        #expect(GazetteFixture.task("P2-63")!.responsibleUnits == ["区发展和改革局", "金银滩镇", "扁担沟镇"])
        #expect(GazetteFixture.task("P2-64")!.responsibleUnits == ["区农业农村局", "区卫生健康局", "金银滩镇", "扁担沟镇"])
        #expect(warned("等乡镇", line: 870))
    }

    @Test func districtPrefixIsAddedWhereTheDocumentOmitsIt() {
        let task = GazetteFixture.task("P2-3")!
        #expect(task.responsibleUnits == ["区发展和改革局", "区科学技术局", "区农业农村局", "各乡镇"])
    }

    @Test func townsAndTheTaxBureauCanLead() {
        let leads = Set(GazetteFixture.parsed.tasks.flatMap(\.leadUnits))
        #expect(leads.contains("国家税务总局吴忠市利通区税务局"))
        #expect(GazetteFixture.parsed.tasks.contains { $0.leadUnits.contains { Directory.standard.unit(named: $0)?.kind == .town } })
    }

    @Test func unknownUnitsAreKeptAsWrittenAndReported() {
        #expect(GazetteFixture.task("S7-15")!.responsibleUnits.contains("各预算资金归口部门"))
        #expect(warned("unknown unit “各预算资金归口部门”", line: 4844))
    }

    @Test func everyNameIsKnownOrReported() {
        let directory = Directory.standard
        let known = Set(directory.units.map(\.name) + directory.groups.map(\.name))
        let unknown = Set(GazetteFixture.parsed.tasks.flatMap { $0.leadUnits + $0.responsibleUnits + $0.cooperatingUnits })
            .subtracting(known)
        #expect(unknown == ["各预算资金归口部门", "总工会", "驻利各金融单位"])
        let leaders = Set(GazetteFixture.parsed.tasks.flatMap(\.leaders))
        #expect(leaders.isSubset(of: Set(directory.leaders + ["政府班子成员"])))
    }
}
