import ModelCore
import ModelRead

extension ViewEditProblem {
    /// The problem in the interface's language.
    func text(_ language: Language) -> String {
        switch self {
        case .nameEmpty: Label.viewNameEmpty.text(language)
        case .nameBuiltIn(let name): Label.viewNameBuiltIn.text(language).replacingPlaceholders(name)
        case .nameTaken(let name): Label.viewNameTaken.text(language).replacingPlaceholders(name)
        case .filterEmpty: Label.viewNoFilter.text(language)
        case .viewMissing(let name): Label.viewMissing.text(language).replacingPlaceholders(name)
        case .noConfigPath: Label.configNoPath.text(language)
        case .unreadable(let error): Label.configUnreadable.text(language).replacingPlaceholders(error.description)
        case .wouldNotReadBack(let error): Label.configWouldNotReadBack.text(language).replacingPlaceholders(error?.description ?? "")
        case .cannotWrite(let path, let reason): Label.configCannotWrite.text(language).replacingPlaceholders(path, reason)
        }
    }
}
