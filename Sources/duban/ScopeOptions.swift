import ArgumentParser
import ModelCore
import ModelRead

/// The options that narrow the tasks, shared by `duban list` and `duban report`: a leader, a
/// unit, a town, a document. Names are resolved through the Directory (`TaskFilter`).
struct ScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(localized(zh: "这位责任领导负责的任务。", en: "Tasks this leader (责任领导) answers for.")))
    var leader: String?

    @Option(
        help: ArgumentHelp(
            localized(zh: "以该单位为牵头、责任或配合单位的任务。", en: "Tasks naming this unit as lead, responsible or cooperating unit.")))
    var unit: String?

    @Option(
        help: ArgumentHelp(
            localized(zh: "直接或经由各乡镇、各涉农乡镇派给该乡镇的任务。", en: "Tasks naming this town, directly or through 各乡镇 / 各涉农乡镇.")))
    var town: String?

    @Option(
        help: ArgumentHelp(
            localized(zh: "文件的代号（P2）或文号（吴利政办发〔2020〕2号，或其一部分）。", en: "A document's code (P2) or name (吴利政办发〔2020〕2号, or part of it).")))
    var document: String?

    /// Whether any of them is given.
    var narrows: Bool { leader != nil || unit != nil || town != nil || document != nil }
}
