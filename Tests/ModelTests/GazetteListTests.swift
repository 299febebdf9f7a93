import Testing

@testable import ModelCore

/// The 7号 measures, the 8号 motions and proposals, and the 11号 rectification measures.
@Suite struct GazetteListTests {
    let parsed = GazetteFixture.parsed

    private func tasks(_ code: String) -> [Task] {
        parsed.tasks.filter { $0.id.hasPrefix(code + "-") }
    }

    @Test func findsEverySupervisedDocument() {
        #expect(
            parsed.documents.map(\.name) == [
                "吴利政办发〔2020〕2号", "吴利政办发〔2020〕7号", "吴利政办发〔2020〕8号 附件5",
                "吴利政办发〔2020〕8号 附件6", "吴利政办发〔2020〕11号", "吴利政办发〔2020〕13号",
                "吴利政办发〔2020〕14号"
            ])
        #expect(parsed.documents.map(\.code) == ["P2", "S7", "N8", "C8", "E11", "P13", "P14"])
        #expect(parsed.documents.map(\.defaultDeadline) == [Day("2020-11-30"), nil, Day("2020-09-15"), Day("2020-09-15"), nil, nil, nil])
        #expect(parsed.tasks.count == 99 + 18 + 32 + 149 + 10 + 20 + 24)
        #expect(Set(parsed.tasks.map(\.id)).count == parsed.tasks.count)
    }

    @Test func smeMeasuresCarryInlineUnits() {
        let measures = tasks("S7")
        #expect(measures.count == 18)
        #expect(measures.allSatisfy { $0.leaders.isEmpty && $0.leadUnits.isEmpty && !$0.responsibleUnits.isEmpty })
        let first = measures[0]
        #expect(first.text.hasPrefix("完善信贷服务。按照特事特办、急事急办原则，"))
        #expect(first.responsibleUnits == ["区发展和改革局"])
        #expect(first.chapter == "一、")
        #expect(measures[4].chapter == "二、稳定职工队伍")
        #expect(measures[4].responsibleUnits == ["区人力资源和社会保障局", "国家税务总局吴忠市利通区税务局", "各乡镇"])
        #expect(measures[13].text.hasPrefix("加大贷款贴息和担保支持。"), "a stray space between ideographs goes")
    }

    @Test func motionsFollowTheirCategories() {
        let motions = tasks("N8")
        #expect(motions.count == 32)
        #expect(motions.filter { $0.chapter == "议案" }.count == 3)
        #expect(motions.filter { $0.chapter == "重点建议" }.count == 13)
        #expect(motions.filter { $0.chapter == "建议、批评和意见" }.count == 16)
        let third = motions[2]
        #expect(third.caseNumber == "议案第3号")
        #expect(third.text == "关于解决五里坡奶牛生态养殖基地（四期）供水及绿化的议案")
        #expect(third.proposers == ["刘少荣等"])
        #expect(third.leaders == ["马长军", "杨有凯"])
        #expect(third.leadUnits == ["区自然资源局", "区水务局"])
        #expect(third.deadline == Day("2020-09-15"))
        let wrapped = motions[13]
        #expect(wrapped.caseNumber == "重点建议第11号")
        #expect(wrapped.leadUnits == ["区文化旅游体育广电局"])
        #expect(wrapped.section == "民生、社会事业")
        let three = motions[29]
        #expect(three.caseNumber == "建议第14号")
        #expect(three.leaders == ["赵彦林", "邵锋"])
        #expect(three.leadUnits == ["区民政局", "区财政局", "区委组织部"])
    }

    @Test func proposalsTakeTheirGroupsLeadUnit() {
        let proposals = tasks("C8")
        #expect(proposals.count == 149)
        var perLead: [String: Int] = [:]
        for p in proposals { perLead[p.leadUnits[0], default: 0] += 1 }
        #expect(perLead["区农业农村局"] == 32)  // 31 in group 1 and 1 in the second group numbered 22
        #expect(perLead["区住房城乡建设和交通局"] == 16)
        #expect(perLead["国家税务总局吴忠市利通区税务局"] == 1)
        #expect(Set(proposals.compactMap(\.category)) == ["A", "B", "C"])

        let ninth = proposals[8]
        #expect(ninth.caseNumber == "74" && ninth.category == "A")
        #expect(ninth.text == "关于加速农村土地流转，推动农业产业化、规模化经营，提高农业现代化发展水平的建议")
        #expect(ninth.proposers == ["金萍", "张雪梅"])
        let twentieth = proposals[19]
        #expect(twentieth.text == "关于优化升级农业产业结构推进我区现代农业示范区建设的建议")
        let fiftyFirst = proposals[50]
        #expect(fiftyFirst.cooperatingUnits == ["区工业信息化和商务局", "区农业农村局", "区文化旅游体育广电局"])
        #expect(fiftyFirst.chapter == "（3）区发展和改革局")
        #expect(proposals[88].proposers == ["农工党利通区总支委员会"])
        #expect(proposals[130].cooperatingUnits == ["胜利镇", "金星镇"])
    }

    @Test func proposalGapsAreReportedNotInvented() {
        let proposals = tasks("C8")
        #expect(proposals[58].category == nil)
        #expect(proposals[71].text.isEmpty)
        let warnings = parsed.warnings.map(\.message)
        #expect(warnings.contains("proposal 59 (案号 143) has no category A/B/C"))
        #expect(warnings.contains("proposal 72 (案号 246) has no 案由 in the gazette"))
        #expect(proposals[111].cooperatingUnits == ["各乡镇"])
    }

    @Test func rectificationMeasuresCarryTheirProblemsFields() {
        let measures = tasks("E11")
        #expect(measures.count == 10)
        #expect(
            measures.map(\.deadline).map { $0?.description } == [
                "2020-05-31", "2020-05-31", "2020-05-31", "2020-05-31", "2020-11-30", "2020-11-30",
                "2020-10-31", "2020-10-31", "2020-10-31", "2020-10-31"
            ])
        #expect(measures[0].section == "（一）教育机制有待健全")
        #expect(measures[0].responsibleUnits == ["区教育局"])
        #expect(
            measures[0].cooperatingUnits == [
                "区人民政府办公室", "区发展和改革局", "区司法局", "区自然资源局",
                "区综合执法局", "市市场监督管理局利通区分局"
            ])
        #expect(measures[4].section == "（二）学前教育发展不均衡")
        #expect(measures[4].leadUnits == ["区教育局"])
        #expect(measures[6].text.hasPrefix("有效整合教师资源和教育资源。"))
        #expect(measures[8].text.hasPrefix("建立城区教师到农村学校支教交流机制"))
    }
}
