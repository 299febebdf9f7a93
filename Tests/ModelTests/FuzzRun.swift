import Foundation
import TestSupport
import Testing

@testable import ModelCore
@testable import ModelDemo
@testable import ModelImport

/// One importer fuzzed with seeded mutations of valid files. Every case must import or throw an
/// `LocatedError` whose line lies within the file, within `caseLimit`; every `storeCheckEvery`-th
/// case also goes through a real store. A crash cannot be caught in the process: the seed and
/// the first case of every batch are printed before it runs, and `DUBAN_FUZZ_CASES_SEED`,
/// `DUBAN_FUZZ_CASES_FIRST` and `DUBAN_FUZZ_CASES=1` replay one case; `DUBAN_FUZZ_DUMP=PATH` writes each
/// case's file to PATH.<case> before it runs.
struct FuzzRun {
    let format: ImportFormat
    /// Makes the valid file a case starts from.
    let seed: (inout SplitMix64) -> [UInt8]
    let mutator: FuzzMutator
    let settings: RunSettings
    var storeCheckEvery = 40
    /// More CPU time than this (the thread's, so a loaded machine does not count) is a hang.
    var caseLimit: Duration = .seconds(2)
    /// Turns the mutated bytes into the file imported: for Office files, the XML part zipped
    /// into a package (and now and then the package's own bytes damaged).
    var package: ([UInt8], inout SplitMix64) -> [UInt8] = { bytes, _ in bytes }
    /// Whether a refusal names a place within the file: a line of a text file by default.
    var namesItsPlace: (LocatedError, [UInt8]) -> Bool = { error, bytes in
        (0...FuzzRun.lineCount(bytes)).contains(error.line) && error.file == "fuzz"
    }

    private(set) var imported = 0
    private(set) var refused = 0
    private(set) var refusedWholeFile = 0
    private(set) var storeChecked = 0
    private(set) var storeRefusals: [String] = []
    private(set) var partialImports = 0
    private(set) var lostWrites = 0
    private(set) var slowest: Duration = .zero

    mutating func run(store: FuzzStore) throws {
        for index in settings.cases {
            if (index - settings.first) % 500 == 0 {
                print("fuzz \(format): seed \(settings.seed), cases from \(index)")
            }
            var random = SplitMix64(seed: settings.seed, case: index)
            let mutated = mutator.mutate(seed(&random), using: &random)
            let bytes = package(mutated, &random)
            if let path = ProcessInfo.processInfo.environment["DUBAN_FUZZ_DUMP"] {
                _ = FileManager.default.createFile(atPath: "\(path).\(index)", contents: Data(bytes))
            }
            let started = ThreadCPUClock.now()
            do {
                _ = try Importer.parse(bytes, file: "fuzz", format: format)
                imported += 1
            } catch let error as LocatedError {
                refused += 1
                if error.line == 0 { refusedWholeFile += 1 }
                #expect(namesItsPlace(error, mutated) && !error.message.isEmpty, "case \(index): \(error)")
            } catch {
                Issue.record("case \(index): not an LocatedError: \(error)")
            }
            let elapsed = ThreadCPUClock.now() - started
            slowest = max(slowest, elapsed)
            #expect(elapsed < caseLimit, "case \(index) took \(elapsed) of CPU")
            if (index - settings.first) % storeCheckEvery == 0 {
                storeChecked += 1
                switch try store.check(bytes, format: format) {
                case .imported, .refusedByParser: break
                case .refusedByStore(let message): storeRefusals.append("case \(index): \(message)")
                case .partial: partialImports += 1
                case .lostWrite: lostWrites += 1
                }
            }
        }
        print(summary)
        #expect(partialImports == 0 && lostWrites == 0)
        #expect(storeRefusals.isEmpty, "the store refused what the importer took, naming no line: \(storeRefusals.prefix(5))")
    }

    var summary: String {
        "fuzz \(format): \(settings.count) cases (seed \(settings.seed)): imported \(imported), refused \(refused) "
            + "(whole file \(refusedWholeFile)), store-checked \(storeChecked) (store refusals \(storeRefusals.count)), "
            + "partial imports \(partialImports), lost committed writes \(lostWrites), crashes 0, "
            + "slowest case \(slowest.milliseconds) ms"
    }

    /// Lines as the readers count them: LF, CRLF and a lone CR each end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && bytes.dropFirst(index + 1).first != 0x0A) {
            count += 1
        }
        return count
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
