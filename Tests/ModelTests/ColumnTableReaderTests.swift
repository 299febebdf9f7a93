import Foundation
import Testing

@testable import ModelImport

/// ColumnTableReader on tables drawn as PDFs by TableFixtures/make_table_pdf.py (fpdf2, WenQuanYi
/// Micro Hei) and extracted with `pdftotext -layout`, and on a hand-written layout.
@Suite struct ColumnTableReaderTests {
    // MARK: (a) 序号 · 工作任务 · 责任领导 · 牵头单位 · 责任单位 · 完成时限, over two pages

    private static let yearPlan = TableSpec(
        columns: [
            ("序号", 12, "C"), ("工作任务", 100, "L"), ("责任领导", 22, "L"), ("牵头单位", 40, "L"),
            ("责任\n单位", 60, "L"), ("完成\n时限", 26, "L")
        ],
        rows: ([
            .chapter("一、稳增长"),
            .cells([
                "1", "全力推进重点项目建设，确保全年固定资产投资增长8%，新开工项目50个以上，续建项目按期完工。",
                "张 军", "区发展和改革局", "区财政局\n区自然资源局\n各乡镇", "6月底前"
            ]),
            .cells(["2", "抓好招商引资。", "李 明\n王 芳", "区工业信息化和商务局", "区直各部门", "2021年12月31日"]),
            .chapter("二、深化改革，激发市场主体活力，持续优化营商环境，推动经济高质量发展"),
            .cells([
                "3", "深化“放管服”改革，推进政务服务“一网通办”，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至60个工作日以内，持续优化营商环境。",
                "赵 强", "区审批服务管理局", "区市场监管局\n区住房和城乡建设局\n区自然资源局\n各乡镇人民政府", "长期坚持"
            ])
        ] as [TableSpec.Row])
            + (4...9).map { n -> TableSpec.Row in
                .cells([
                    "\(n)", "推进第\(n)项民生实事，强化责任落实，确保按期完成目标任务，形成一批可复制可推广的经验做法。",
                    "王 芳", "区农业农村局", "各乡镇\n区财政局", "9月底前"
                ])
            } + [
                .chapter("三、惠民生"),
                .cells(["10", "实施城镇老旧小区改造。", "", "区住房和城乡建设局", "胜利镇\n金积镇", "11月底前"]),
                .cells(["11", "办好人民满意的教育，新建改扩建中小学校3所、幼儿园5所。", "李 明", "区教育局", "区财政局", "年底前"])
            ],
        before: [("附件1", "L"), ("利通区2021年重点工作任务分工表", "C")],
        after: [("吴利政办发〔2021〕7号", "C"), ("关于印发利通区防汛应急预案的通知", "C"), ("各乡镇人民政府，区直各部门：", "L")],
        runningHeader: "优化营商环境专刊 2021年第3期", pageNumbers: true)

    @Test func wrappedCellsOverTwoPages() throws {
        let lines = try TablePDF.lines(Self.yearPlan)
        let rows = try #require(ColumnTableReader.read(lines))
        Self.yearPlan.check(rows, lines: lines)
        let headers = lines.filter { $0.text.contains("工作任务") && $0.text.contains("牵头单位") }.map(\.number)
        try #require(headers.count == 2, "the table should reach a second page: \(headers)")
        #expect(
            rows.contains { row in
                let numbers = row.cells[.task, default: []].map(\.number)
                return numbers.min()! < headers[1] && numbers.max()! > headers[1]
            }, "a row should continue after the repeated header")
        #expect(rows.allSatisfy { $0.line == $0.cells[.serial]?.first?.number }, "each row starts at its 序号")
    }

    // MARK: (b) 政策内容 · 具体任务 · 牵头单位 · 责任部门 · 落实情况, chapters printed upright

    private static let measures = TableSpec(
        columns: [("政策\n内容", 12, "C"), ("具体任务", 110, "L"), ("牵头单位", 40, "L"), ("责任部门", 55, "L"), ("落实情况", 40, "L")],
        rows: [
            .merged(
                "一、切实降低用电成本", rows: 5,
                [
                    "", "1.执行支持性电价政策，对中小企业用电实行优惠，降低企业用电成本，全年为企业减负2000万元以上。",
                    "区发展和改革局", "国网利通供电公司\n各乡镇", ""
                ]),
            .cells(["", "2.推进电力市场化交易，扩大交易规模，引导符合条件的中小企业全部进入电力市场。", "区工业信息化和商务局", "区发展和改革局\n国网利通供电公司", ""]),
            .cells(["", "落实峰谷分时电价政策，引导企业错峰用电，合理安排生产时间，降低生产成本。", "区发展和改革局", "国网利通供电公司", ""]),
            .cells(["", "清理转供电环节不合理加价，确保降价红利传导到终端用户。", "区市场监管局", "区发展和改革局\n各乡镇", ""]),
            .cells([
                "", "对新建中小企业用电报装实行“零上门、零审批、零投资”服务，压减办电时间至15个工作日以内。", "国网利通供电公司",
                "区审批服务管理局\n区自然资源局\n区住房和城乡建设局", ""
            ]),
            .merged("二、减轻企业负担", rows: 2, ["", "3.全面落实减税降费政策，确保应享尽享。", "区税务局", "区财政局\n区市场监管局", ""]),
            .cells(["", "清理规范涉企收费，坚决查处乱收费、乱罚款、乱摊派行为。", "区市场监管局", "区发展和改革局\n区财政局\n各乡镇", ""]),
            .merged("三、强化金融支持", rows: 3, ["", "4.加大信贷投放力度，小微企业贷款增速不低于各项贷款平均增速。", "区财政局", "人行利通支行\n各银行业金融机构", ""]),
            .cells(["", "5.建立应急转贷资金池，为中小企业提供过桥服务，缓解资金周转压力。", "区财政局", "区工业信息化和商务局", ""]),
            .cells(["", "开展政银企对接活动，全年组织对接会不少于4场。", "区工业信息化和商务局", "各银行业金融机构", ""])
        ],
        before: [("附件2", "L"), ("支持中小企业发展政策措施任务分解表", "C")],
        after: [("利通区人民政府办公室", "R"), ("2021年3月15日", "R"), ("（此件公开发布）", "L")],
        runningHeader: nil, pageNumbers: false)

    @Test func uprightChaptersAndRowsWithoutSerial() throws {
        let lines = try TablePDF.lines(Self.measures)
        let rows = try #require(ColumnTableReader.read(lines))
        Self.measures.check(rows, lines: lines)
        #expect(rows.allSatisfy { $0.cells[.policy] == nil })
    }

    // MARK: (c) a hand-written layout: fragments off by a position or two, a straddling task line

    private static let handWritten = """
        附件1
                      2021年优化营商环境重点任务分工表

                                                            配合
        工作任务                              牵头单位                            完成时间
                                                            单位

        一、提升政务服务效能
        （一）推行“一网通办”，实现政务服务事项              区审批服务管理局          区直各部门         6月底前
        全部网上可办。                                              各乡镇
        1.压缩企业开办时间至1个工作日以内。              区市场监管局             区税务局          2021年
                                                           区人力资源和社会保障局  9月底前
        推进工程建设项目审批制度改革，全流程审批时限压缩至60个工作日内， 区住房和城乡建设局         区自然资源局        年底前
        全面推行告知承诺制。

                                      - 3 -
        \u{0C}优化营商环境专刊（第3期）
        工作任务                            牵头单位             配合单位         完成时间
        清理规范中介服务，公布中介服务事项清单。            区发展和改革局          区财政局         长期坚持
                                                          区司法局
        二、优化市场环境
        2、开展“双随机、一公开”监管，               区市场监管局            区直有关部门       持续推进
        实现部门联合抽查常态化。
        落实公平竞争审查制度。                     区发展和改革局                       12月底前

        附件2
                  区直部门联络员名单
        序号      单位                    联络员
        """

    @Test func misalignedFragments() throws {
        let lines = Self.handWritten.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { SourceLine(number: $0.offset + 1, text: String($0.element)) }
        let rows = try #require(ColumnTableReader.read(lines))
        func cells(_ pairs: [(TaskTableColumn, [(Int, String)])]) -> [TaskTableColumn: [SourceLine]] {
            Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1.map { SourceLine(number: $0.0, text: $0.1) }) })
        }
        let first = "一、提升政务服务效能", second = "二、优化市场环境"
        let expected: [(line: Int, chapter: String, cells: [TaskTableColumn: [SourceLine]])] = [
            (
                9, first,
                cells([
                    (.task, [(9, "（一）推行“一网通办”，实现政务服务事项"), (10, "全部网上可办。")]),
                    (.leadUnits, [(9, "区审批服务管理局")]),
                    (.cooperatingUnits, [(9, "区直各部门"), (10, "各乡镇")]),
                    (.deadline, [(9, "6月底前")])
                ])
            ),
            (
                11, first,
                cells([
                    (.task, [(11, "1.压缩企业开办时间至1个工作日以内。")]),
                    (.leadUnits, [(11, "区市场监管局")]),
                    (.cooperatingUnits, [(11, "区税务局"), (12, "区人力资源和社会保障局")]),
                    (.deadline, [(11, "2021年"), (12, "9月底前")])
                ])
            ),
            (
                13, first,
                cells([
                    (.task, [(13, "推进工程建设项目审批制度改革，全流程审批时限压缩至60个工作日内，"), (14, "全面推行告知承诺制。")]),
                    (.leadUnits, [(13, "区住房和城乡建设局")]),
                    (.cooperatingUnits, [(13, "区自然资源局")]),
                    (.deadline, [(13, "年底前")])
                ])
            ),
            (
                19, first,
                cells([
                    (.task, [(19, "清理规范中介服务，公布中介服务事项清单。")]),
                    (.leadUnits, [(19, "区发展和改革局")]),
                    (.cooperatingUnits, [(19, "区财政局"), (20, "区司法局")]),
                    (.deadline, [(19, "长期坚持")])
                ])
            ),
            (
                22, second,
                cells([
                    (.task, [(22, "2、开展“双随机、一公开”监管，"), (23, "实现部门联合抽查常态化。")]),
                    (.leadUnits, [(22, "区市场监管局")]),
                    (.cooperatingUnits, [(22, "区直有关部门")]),
                    (.deadline, [(22, "持续推进")])
                ])
            ),
            (
                24, second,
                cells([
                    (.task, [(24, "落实公平竞争审查制度。")]),
                    (.leadUnits, [(24, "区发展和改革局")]),
                    (.deadline, [(24, "12月底前")])
                ])
            )
        ]
        try #require(rows.count == expected.count, "\(rows.map(\.line))")
        for (row, want) in zip(rows, expected) {
            #expect(row.line == want.line)
            #expect(row.chapter == want.chapter, "row at line \(want.line)")
            #expect(row.cells == want.cells, "row at line \(want.line)")
        }
    }

    @Test func noHeaderNoTable() {
        let lines = ["利通区2021年重点工作任务分工表", "序号  工作任务  完成时限", "1     抓好招商引资。  6月底前"]
            .enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        #expect(ColumnTableReader.read(lines) == nil)
    }
}
