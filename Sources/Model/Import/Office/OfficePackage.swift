import Foundation
import ModelCore
import ZIPFoundation

/// The ZIP archive of an Office file (`.xlsx`, `.docx`), from which a reader takes its XML parts. Entries whose paths would leave the archive (`../`, `/…`) are ignored,
/// and a part is refused unread past a size limit or a compression ratio (a ZIP bomb).
struct OfficePackage {
    /// What the file is meant to be, for the message that says it is not one.
    enum Kind {
        case workbook, document

        /// How a refusal of the file begins: `not an Excel workbook (.xlsx)`.
        var notOne: String {
            switch self {
            case .workbook: "not an Excel workbook (.xlsx)"
            case .document: "not a Word document (.docx)"
            }
        }
    }

    /// The largest part, in megabytes, that a reader unpacks, so that a ZIP bomb fails rather than filling memory.
    static let defaultPartMegabytes = 512
    /// How many times its packed size a part may unpack to, once it is past `ratioFreeMegabytes`:
    /// XML packs ten to thirty times smaller, a ZIP bomb a thousand times.
    static let ratioLimit = 100
    /// The size, in megabytes, up to which a part may unpack at any ratio.
    static let ratioFreeMegabytes = 10

    let kind: Kind
    private let archive: Archive
    private let file: String
    private let partMegabytes: Int
    /// The entries by path in lower case (Office's part names ignore case), without those whose paths leave the archive.
    private let entries: [String: Entry]

    /// Opens `data` as a ZIP archive; anything else is "not a Word document" or "not an Excel workbook".
    ///
    /// The archive is read from a file, not from memory: ZIPFoundation 0.9.20's in-memory reader
    /// traps when a damaged archive makes it read past the end of its data (weichsel/ZIPFoundation
    /// pull request #394, open), where its file reader meets the end of the file. The bytes go to a
    /// temporary file, removed as soon as the archive has it open: nothing is left behind.
    init(data: Data, file: String, kind: Kind, partMegabytes: Int = defaultPartMegabytes) throws(LocatedError) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("duban-office-\(UUID().uuidString).zip")
        do {
            try data.write(to: url)
        } catch {
            throw LocatedError(
                file: file, line: 0, message: "cannot unpack it: no room for a temporary copy in \(url.deletingLastPathComponent().path)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw LocatedError(file: file, line: 0, message: "\(kind.notOne): the file is not a ZIP archive")
        }
        self.kind = kind
        self.file = file
        self.partMegabytes = partMegabytes
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file && Self.staysInside(entry.path) {
            entries[entry.path.lowercased()] = entries[entry.path.lowercased()] ?? entry
        }
        self.entries = entries
    }

    /// Whether the archive holds the part at `path`.
    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// The unpacked bytes of the part at `path` (`word/document.xml`), or nil when the archive has none.
    func part(_ path: String) throws(LocatedError) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let sizeLimit = UInt64(partMegabytes) * 1024 * 1024
        let ratioBound = max(UInt64(Self.ratioFreeMegabytes) * 1024 * 1024, entry.compressedSize * UInt64(Self.ratioLimit))
        let limit = min(sizeLimit, ratioBound)
        var bytes = Data()
        do {
            guard entry.uncompressedSize <= limit else { throw PartTooLarge() }
            let checksum = try archive.extract(entry) { chunk in
                guard UInt64(bytes.count + chunk.count) <= limit else { throw PartTooLarge() }
                bytes.append(chunk)
            }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch is PartTooLarge {
            let message =
                limit == sizeLimit
                ? "\(path) unpacks to more than \(partMegabytes) MB: not read (a damaged or hostile file?)"
                : "\(path) unpacks to more than \(Self.ratioLimit) times its packed \(entry.compressedSize) bytes: "
                    + "not read (a ZIP bomb?)"
            throw LocatedError(file: file, line: 0, message: message)
        } catch {
            throw LocatedError(file: file, line: 0, message: "the ZIP archive is damaged: \(path) cannot be unpacked")
        }
        return bytes
    }

    /// `xl/worksheets/sheet1.xml`, not `../evil` or `/etc/passwd`: a path inside the archive.
    static func staysInside(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !path.contains("\\") && !path.contains(":") && !components.contains("..")
    }

    /// Thrown from inside the unpacking when a part outgrows its limit.
    private struct PartTooLarge: Error {}
}
