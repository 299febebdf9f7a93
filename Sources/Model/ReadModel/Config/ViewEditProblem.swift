import ModelCore

/// Why a change to the user's views was not made; the config file is then as it was.
public enum ViewEditProblem: Error, Equatable, Sendable {
    case nameEmpty
    /// The name of a built-in view (in either language).
    case nameBuiltIn(String)
    case nameTaken(String)
    /// There is no filter to save.
    case filterEmpty
    /// The config file has no view of this name (any more: it was changed meanwhile).
    case viewMissing(String)
    /// The environment names no place for the config file (no `DUBAN_CONFIG`, `XDG_CONFIG_HOME` or `HOME`).
    case noConfigPath
    /// The file as it is now cannot be read or does not parse: it is left alone.
    case unreadable(LocatedError)
    /// The edited text would not read back as the views asked for; nothing was written.
    case wouldNotReadBack(LocatedError?)
    /// The file or its directory could not be written.
    case cannotWrite(path: String, reason: String)
}
