import ArgumentParser
import Foundation
import ModelStore

#if canImport(Glibc)
    import Glibc
#endif

/// `duban init --shared DIR`: a store that every member of a Unix group can write.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a store shared by the members of a Unix group.",
        discussion: """
            Creates DIR (mode 2775, setgid, owned by GROUP) and DIR/duban.sqlite (mode 0664, owned \
            by GROUP) before SQLite opens it, whatever the umask, then prints the line each user adds \
            to their shell profile. Users outside GROUP can read the store but not change it. Running \
            it again on a store that is already shared with GROUP only prints the line again. A \
            personal store needs no init: it is created on first use.
            """
    )

    @Option(help: ArgumentHelp("The directory of the shared store.", valueName: "dir"))
    var shared: String

    @Option(help: ArgumentHelp("The Unix group whose members may write (default: your primary group).", valueName: "group"))
    var group: String?

    func run() throws {
        try reportingFailures {
            let gid = try groupID()
            let outcome = try SharedStore.create(directory: shared, gid: gid)
            print(
                outcome.created
                    ? "created the shared store \(outcome.path) (group \(outcome.groupName), mode 0664; directory mode 2775)"
                    : "\(outcome.path) is already shared with group \(outcome.groupName)")
            print("each member of group \(outcome.groupName) adds this line to their shell profile (~/.profile):")
            print("  export DUBAN_DB=\(ShellWord.quoted(outcome.path))")
            print("next: duban import FILE   (a gazette's text, CSV or JSON)")
        }
    }

    private func groupID() throws -> gid_t {
        guard let group else { return getgid() }
        guard let entry = getgrnam(group) else { throw CommandFailure(message: "there is no group “\(group)” (see /etc/group)") }
        return entry.pointee.gr_gid
    }
}
