import ArgumentParser
import DashboardUI

/// `duban snapshot`: one frame of the dashboard as plain text, through the same renderer.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: localized(
            zh: "把看板的一帧打印为纯文本（用于脚本、邮件和测试）。", en: "Print one frame of the dashboard as plain text (for scripts, mails and tests)."),
        discussion: localized(
            zh: "按键写成文字：`2jj<Enter>n<Esc>/status:behind<Enter>`；另有 <Enter>、<Esc>、<Tab>、<Down>、<PgDn>、<C-l>、<lt>。",
            en: "Keys are typed as text: `2jj<Enter>n<Esc>/status:behind<Enter>`; see <Enter>, <Esc>, <Tab>, <Down>, <PgDn>, <C-l>, <lt>.")
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var displayOptions: DisplayOptions

    @Option(
        help: ArgumentHelp(localized(zh: "屏幕大小，宽x高。", en: "The screen size, WIDTHxHEIGHT."), valueName: "WxH"),
        transform: { text in
            let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
                throw ValidationError(
                    localized(zh: "--size 须为 宽x高，如 120x40，而不是“\(text)”", en: "--size must be WIDTHxHEIGHT, e.g. 120x40, not “\(text)”"))
            }
            return parts
        })
    var size: [Int] = [120, 40]

    @Option(
        help: ArgumentHelp(
            localized(
                zh: "开始时的视图：overview、leaders、units、towns、all、unreported（或 1–6）。",
                en: "The view to start in: overview, leaders, units, towns, all, unreported (or 1–6).")),
        transform: { text in
            guard let view = ViewID(name: text) else { throw ValidationError(localized(zh: "没有视图“\(text)”", en: "unknown view “\(text)”")) }
            return view
        })
    var view: ViewID?

    @Option(help: ArgumentHelp(localized(zh: "取这一帧之前要按的键。", en: "Keys to press before the frame is taken.")))
    var keys: String = ""

    func run() throws {
        try reportingFailures {
            var state = try displayOptions.initialState(storeOptions: storeOptions)
            _ = reduce(&state, .resize(width: size[0], height: size[1]))
            if let view { _ = reduce(&state, .switchView(view)) }
            let script: [Key]
            do { script = try KeyScript.parse(keys) } catch { throw CommandFailure(message: "\(error)") }
            for key in script {
                if let action = action(for: key, in: state) { _ = reduce(&state, action) }
            }
            print(render(state).lines.joined(separator: "\n"))
        }
    }
}
