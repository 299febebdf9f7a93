import Testing

@testable import ModelCore
@testable import ModelImport

/// Broken copies of the gazette fail with the line of the problem.
@Suite struct GazetteBrokenInputTests {
    private func error(_ text: String) -> LocatedError? {
        do {
            _ = try GazetteImporter.parse(text, file: "broken.txt")
            return nil
        } catch let error as LocatedError {
            return error
        } catch {
            return nil
        }
    }

    @Test func aTaskWithoutALeadersLineInsideTheFileIsAWarningNamingTheTask() throws {
        let lineOfTask12 = GazetteFixture.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("12.全力抢抓") }! + 1
        let broken = GazetteFixture.edited { lines in
            let leaders = lines[lineOfTask12...].firstIndex { $0.hasPrefix("责任领导") }!
            lines.remove(at: leaders)
        }
        let parsed = try GazetteImporter.parse(broken, file: "broken.txt")
        #expect(
            parsed.warnings.contains(
                ImportWarning(
                    file: "broken.txt", line: lineOfTask12,
                    message: "task 12 of 吴利政办发〔2020〕2号 has no 责任领导, which every other task has")))
        #expect(parsed.tasks.first { $0.id == "P2-12" }?.leaders == [])
    }

    @Test func aFileCutAfterATasksTextNamesTheTask() {
        let lineOfTask12 = GazetteFixture.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("12.全力抢抓") }! + 1
        let cut = GazetteFixture.edited { lines in lines.removeSubrange(lineOfTask12...) }
        let failure = error(cut)
        #expect(failure?.line == lineOfTask12)
        #expect(failure?.message == "task 12 of 吴利政办发〔2020〕2号 has none of its fields (牵头单位, 责任单位 …) where the file ends (cut off?)")
    }

    @Test func aFileCutInsideThePlanNamesTheLastLine() {
        let broken = GazetteFixture.edited { lines in lines.removeSubrange(700...) }
        let failure = error(broken)
        #expect(failure != nil)
        #expect(failure.map { $0.line > 600 && $0.line <= 700 } == true)
    }

    @Test func aFileCutInsideTheProposalsNamesTheGroup() {
        let cut = GazetteFixture.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("66 85 B") }!
        let broken = GazetteFixture.edited { lines in lines.removeSubrange(cut...) }
        let failure = error(broken)
        #expect(failure?.message == "吴利政办发〔2020〕8号 附件6 lists 12 proposals under （4）区教育局, found 4")
    }

    @Test func aFileCutAfterTheMotionsSaysAttachmentSixIsMissing() {
        let cut = GazetteFixture.text.components(separatedBy: "\n").firstIndex { $0.contains("附件6") && $0.count < 8 }!
        let failure = error(GazetteFixture.edited { lines in lines.removeSubrange(cut...) })
        #expect(failure?.message.hasPrefix("the file ends before 附件6 (") == true)
        #expect(failure?.message.contains("which 吴利政办发〔2020〕8号 announces on line") == true)
    }

    @Test func textWithoutAnyKnownDocumentIsRefused() {
        #expect(error("一份与督办无关的文本\n第二行\n")?.message.hasPrefix("no document found") == true)
    }
}
