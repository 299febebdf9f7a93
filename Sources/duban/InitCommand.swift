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
        abstract: localized(zh: "建一个 Unix 用户组的成员共用的库。", en: "Create a store shared by the members of a Unix group."),
        discussion: localized(
            zh: """
                在 SQLite 打开之前，不论 umask，建好 DIR（模式 2775，setgid，属于 GROUP）和 \
                DIR/duban.sqlite（模式 0664，属于 GROUP），然后打印每位用户要加进 shell 配置的一行。\
                GROUP 以外的用户能读这个库，不能改。对已与 GROUP 共用的库再运行一次，只再打印那一行。\
                个人的库不需要 init：首次使用时自动建立。
                """,
            en: """
                Creates DIR (mode 2775, setgid, owned by GROUP) and DIR/duban.sqlite (mode 0664, owned \
                by GROUP) before SQLite opens it, whatever the umask, then prints the line each user adds \
                to their shell profile. Users outside GROUP can read the store but not change it. Running \
                it again on a store that is already shared with GROUP only prints the line again. A \
                personal store needs no init: it is created on first use.
                """)
    )

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(localized(zh: "共用库所在的目录。", en: "The directory of the shared store."), valueName: "dir"))
    var shared: String

    @Option(
        help: ArgumentHelp(
            localized(zh: "成员可以写入的 Unix 用户组（默认：你的主组）。", en: "The Unix group whose members may write (default: your primary group)."),
            valueName: "group"))
    var group: String?

    func run() throws {
        try reportingFailures {
            let gid = try groupID()
            let outcome = try SharedStore.create(directory: shared, gid: gid)
            let (path, group) = (outcome.path, outcome.groupName)
            print(
                outcome.created
                    ? localized(
                        zh: "已建共用库 \(path)（用户组 \(group)，模式 0664；目录模式 2775）",
                        en: "created the shared store \(path) (group \(group), mode 0664; directory mode 2775)")
                    : localized(zh: "\(path) 已与用户组 \(group) 共用", en: "\(path) is already shared with group \(group)"))
            print(
                localized(
                    zh: "用户组 \(group) 的每位成员把这一行加进自己的 shell 配置（~/.profile）：",
                    en: "each member of group \(group) adds this line to their shell profile (~/.profile):"))
            print("  export DUBAN_DB=\(ShellWord.quoted(path))")
            print(localized(zh: "下一步：duban import FILE   （公报文本、CSV 或 JSON）", en: "next: duban import FILE   (a gazette's text, CSV or JSON)"))
        }
    }

    private func groupID() throws -> gid_t {
        guard let group else { return getgid() }
        guard let entry = getgrnam(group) else {
            throw CommandFailure(message: localized(zh: "没有用户组“\(group)”（见 /etc/group）", en: "there is no group “\(group)” (see /etc/group)"))
        }
        return entry.pointee.gr_gid
    }
}
