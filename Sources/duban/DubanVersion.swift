/// duban's version, as `duban --version` prints it: raised by hand with each release (README,
/// "Version").
enum DubanVersion {
    static let current = "0.1.0"
}
