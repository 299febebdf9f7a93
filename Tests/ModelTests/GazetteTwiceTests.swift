import Testing

@testable import ModelCore
@testable import ModelImport

/// Found by the long fuzz run (gazette cases 9560 and 73680): two lists of one document, or one
/// document printed twice, never give two tasks or two documents one id.
@Suite struct GazetteTwiceTests {
    private static let notice = """
        利党办发〔2025〕15号
        关于印发《2025年重点任务清单》的通知
        （1）落实稳岗返还政策，惠及企业300家以上。（区人力资源和社会保障局负责）
        现将《2025年重点任务清单》印发给你们，请认真抓好落实。
        中共吴忠市利通区委办公室
        2025年2月10日
        2025年重点任务清单
        一、提升政务服务效能
        （1）推行“高效办成一件事”。（区审批服务管理局牵头，区直各部门配合）
        （2）企业开办时间压缩至0.5个工作日以内。（区审批服务管理局负责）
        """

    @Test func aNoticeAndThePlanAfterItsSignatureAreTwoDocuments() throws {
        let parsed = try GazetteImporter.parse(Self.notice, file: "notice.txt")
        #expect(parsed.documents.map(\.name) == ["利党办发〔2025〕15号", "利党办发〔2025〕15号 附"])
        #expect(parsed.documents.map(\.code) == ["P15", "P15b"])
        #expect(parsed.tasks.map(\.id) == ["P15-1", "P15b-1", "P15b-2"])
        #expect(Set(parsed.tasks.map(\.id)).count == parsed.tasks.count)
    }

    @Test func aDocumentPrintedTwiceIsRefusedNamingBothLines() throws {
        let text = Self.notice + "\n" + Self.notice
        let error = try #require(throws: LocatedError.self) { try GazetteImporter.parse(text, file: "twice.txt") }
        #expect(error.line == 11)
        #expect(error.message == "利党办发〔2025〕15号 is in the file twice (lines 1 and 11): keep one copy")
    }
}
