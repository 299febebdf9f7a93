import Testing

@testable import ModelCore

/// The 2号 plan, read from the real gazette.
@Suite struct GazettePlanTests {
    let tasks = GazetteFixture.parsed.tasks.filter { $0.document == "吴利政办发〔2020〕2号" }

    @Test func hasExactlyNinetyNineTasksInOrder() {
        #expect(tasks.count == 99)
        #expect(tasks.map(\.number) == Array(1...99))
        #expect(tasks.map(\.id) == (1...99).map { "P2-\($0)" })
    }

    @Test func countsTasksPerLeader() {
        var counts: [String: Int] = [:]
        for task in tasks { for leader in task.leaders { counts[leader, default: 0] += 1 } }
        #expect(
            counts == [
                "赵丽亭": 34, "杨有凯": 33, "马长军": 27, "赵彦林": 26, "卓恺浩": 13,
                "邵锋": 11, "马学平": 6, "政府班子成员": 3
            ])
    }

    @Test func everyTaskHasLeadersAndUnitsAndTheReportingDeadline() {
        for task in tasks {
            #expect(!task.leaders.isEmpty, "\(task.id)")
            #expect(!task.leadUnits.isEmpty, "\(task.id)")
            #expect(!task.responsibleUnits.isEmpty, "\(task.id)")
            #expect(task.deadline == Day("2020-11-30"), "\(task.id)")
            #expect(!task.text.contains("公报") && !task.text.contains("— —"), "\(task.id) keeps page furniture")
        }
    }

    @Test func chaptersAndSections() {
        #expect(Set(tasks.map { $0.chapter.prefix(2) }) == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"])
        let task8 = GazetteFixture.task("P2-8")!
        #expect(task8.chapter == "二、坚定不移扩投资稳增长，加快新旧动能转换，着力打造高质量发展新引擎")
        #expect(task8.section == "（一）精心谋划抓项目")
        #expect(GazetteFixture.task("P2-1")!.section == nil)
        #expect(GazetteFixture.task("P2-97")!.section == "（三）始终坚持担当实干")
    }

    @Test func taskOne() {
        let task = GazetteFixture.task("P2-1")!
        #expect(task.text == "地区生产总值增长5%左右。")
        #expect(task.leaders == ["马长军"])
        #expect(task.leadUnits == ["区发展和改革局"])
        #expect(task.responsibleUnits == ["区直各部门", "各直属事业单位", "各乡镇"])
        #expect(task.chapter == "一、主要经济社会发展预期目标")
    }

    @Test func taskSixNamesTwoTowns() {
        let task = GazetteFixture.task("P2-6")!
        #expect(task.text == "城镇居民人均可支配收入增长7.5%。")
        #expect(task.responsibleUnits == ["区发展和改革局", "区人力资源和社会保障局", "胜利镇", "金星镇"])
    }

    @Test func taskTenJoinsLinesAndNames() {
        let task = GazetteFixture.task("P2-10")!
        #expect(task.leaders == ["赵彦林", "卓恺浩", "马长军", "杨有凯", "赵丽亭", "邵锋"])
        #expect(task.leadUnits == ["区发展和改革局", "区审批服务管理局"])
        #expect(task.text.hasPrefix("紧盯土地、规划选址、施工许可等关键环节，强化要素保障、提供优质服务，"))
        #expect(task.text.hasSuffix("“投产一批、开工一批、储备一批、谋划一批”的滚动发展和梯次推进格局。"))
    }

    @Test func taskElevenIsJoinedAcrossAPageBreak() {
        let task = GazetteFixture.task("P2-11")!
        #expect(task.text == "重点抓好 46个产业转型项目、13个基础设施项目、9个生态环保项目，确保 3 月份 60%以上的新建项目开工，续建项目 100%复工，尽快形成投资实物量，实现固定资产投资恢复性增长。")
    }

    @Test func taskNinetyEightIsJoinedAcrossAPageBreak() {
        let task = GazetteFixture.task("P2-98")!
        #expect(task.text == "严格落实全面从严治党要求，认真履行党风廉政建设责任制和领导干部廉洁从政各项规定，始终把纪律和规矩挺在前面。坚决贯彻落实中央八项规定及实施细则精神，坚决纠治“四风”。")
        #expect(task.leaders == ["政府班子成员"])
        #expect(task.leadUnits == ["区人民政府办公室"])
    }

    @Test func taskNinetyNineIsTheLast() {
        let task = GazetteFixture.task("P2-99")!
        #expect(task.responsibleUnits == ["区纪委监委", "区财政局", "区审计局"])
        #expect(task.text.hasSuffix("永葆为民务实清廉的政治本色。"))
    }
}
