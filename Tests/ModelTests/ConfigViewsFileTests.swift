import Foundation
import Testing

@testable import ModelCore
@testable import ModelRead

/// The config file on disk: made with its directory when missing, read again before each edit,
/// replaced whole through a temporary file with its permissions kept, a link followed; a file
/// that cannot be read or written is left as it was.
@Suite struct ConfigViewsFileTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duban-config-views-\(UUID().uuidString)")
    private let view = SavedView(name: "金积镇逾期", filter: "town:金积镇 overdue")

    private func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    private func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    /// Files in `folder` other than `names`: a temporary file left behind shows here.
    private func others(than names: Set<String>, in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !names.contains($0) }
    }

    @Test func aMissingFileIsMadeWithItsDirectoryAndTheHeader() throws {
        defer { cleanUp() }
        let path = folder.appendingPathComponent("duban/config.toml").path
        #expect(try ConfigViewsFile.apply(.add(view), path: path) == [view])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix(ConfigViewsText.header[0] + "\n"))
        #expect(try DubanConfig.parse(text, file: path).views == [view])
        #expect(try others(than: ["config.toml"], in: folder.appendingPathComponent("duban")).isEmpty)
    }

    @Test func theFileIsReadAgainAndKeepsItsPermissions() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("config.toml").path
        try "# mine\n[[view]]\nname = \"a\"\nfilter = \"overdue\"\n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(try ConfigViewsFile.apply(.add(view), path: path).map(\.nameZh) == ["a", "金积镇逾期"])
        #expect(try mode(path) == 0o640)
        // Someone edits the file meanwhile: the next edit starts from what is there now.
        try "# mine\n[[view]]\nname = \"b\"\nfilter = \"overdue\"\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ViewEditProblem.viewMissing("金积镇逾期")) { try ConfigViewsFile.apply(.delete("金积镇逾期"), path: path) }
        #expect(try ConfigViewsFile.apply(.rename("b", to: "c"), path: path) == [SavedView(name: "c", filter: "overdue")])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# mine\n[[view]]\nname = \"c\"\nfilter = \"overdue\"\n")
        #expect(try others(than: ["config.toml"], in: folder).isEmpty)
    }

    @Test func aLinkStaysALinkAndItsTargetIsWritten() throws {
        defer { cleanUp() }
        let dotfiles = folder.appendingPathComponent("dotfiles")
        try FileManager.default.createDirectory(at: dotfiles, withIntermediateDirectories: true)
        let target = dotfiles.appendingPathComponent("duban.toml").path
        try "lang = \"zh\"\n".write(toFile: target, atomically: false, encoding: .utf8)
        let link = folder.appendingPathComponent("config.toml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        _ = try ConfigViewsFile.apply(.add(view), path: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try DubanConfig.parse(String(contentsOfFile: target, encoding: .utf8), file: target).views == [view])
    }

    @Test func aFileThatCannotBeReadOrWrittenIsLeftAsItWas() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("config.toml").path
        let bytes = Data([0x6C, 0x61, 0x6E, 0x67, 0x0A, 0xFF])
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: ViewEditProblem.unreadable(LocatedError(file: path, line: 2, message: "not UTF-8 text"))) {
            try ConfigViewsFile.apply(.add(view), path: path)
        }
        #expect(FileManager.default.contents(atPath: path) == bytes)

        // A directory where the file's directory should be is a file: nothing can be made.
        let blocked = folder.appendingPathComponent("config.toml/duban/config.toml").path
        #expect(throws: ViewEditProblem.cannotWrite(path: blocked, reason: "\(path) is not a directory")) {
            try ConfigViewsFile.apply(.add(view), path: blocked)
        }
        #expect(try others(than: ["config.toml"], in: folder).isEmpty)
    }
}
