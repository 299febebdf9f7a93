import DashboardUI
import Foundation
import ModelReport

/// Writes the report the dashboard asked for (`Effect.writeReport`) from its snapshot, as
/// `duban report` would: the same figures, written whole or not at all. A path typed as `~/…`
/// is under `$HOME`; a relative one, under the directory the dashboard was started in.
enum ReportExport {
    static func write(_ request: ReportRequest, of state: AppState) -> Result<ReportWritten, ReportProblem> {
        let path = absolute(request.path)
        let scope = ReportScope(tasks: request.tasks, description: request.description)
        let report = Report(snapshot: state.snapshot, reporting: state.reporting, scope: scope, today: state.today.day)
        do {
            try request.format.write(report, to: path)
            return .success(ReportWritten(path: path, tasks: request.tasks.count))
        } catch let error as ReportError {
            return .failure(ReportProblem(state.language == .zh ? error.chineseDescription : error.description))
        } catch {
            return .failure(ReportProblem("\(error)"))
        }
    }

    private static func absolute(_ typed: String) -> String {
        var path = typed
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            path = home + path.dropFirst()
        }
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
