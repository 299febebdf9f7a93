import Foundation
import ModelCore

/// The ZIP archive of an Office file (`.xlsx`, `.docx`), from which a reader takes its XML
/// parts. Entries whose paths would leave the archive (`../`, `/…`) are ignored, and a part is refused unread past a size limit or a compression ratio (a ZIP bomb).
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
    private let bytes: [UInt8]
    private let file: String
    private let partMegabytes: Int
    /// The entries by path in lower case (Office's part names ignore case), without directories
    /// and those whose paths leave the archive.
    private let entries: [String: ZIPDirectory.Entry]

    /// Opens `data` as a ZIP archive (see `ZIPDirectory`); anything else is "not a Word
    /// document" or "not an Excel workbook".
    init(data: Data, file: String, kind: Kind, partMegabytes: Int = defaultPartMegabytes) throws(LocatedError) {
        bytes = [UInt8](data)
        guard let directory = ZIPDirectory(bytes) else {
            throw LocatedError(file: file, line: 0, message: "\(kind.notOne): the file is not a ZIP archive")
        }
        self.kind = kind
        self.file = file
        self.partMegabytes = partMegabytes
        var entries: [String: ZIPDirectory.Entry] = [:]
        for entry in directory.entries where !entry.path.hasSuffix("/") && Self.staysInside(entry.path) {
            entries[entry.path.lowercased()] = entries[entry.path.lowercased()] ?? entry
        }
        self.entries = entries
    }

    /// Whether the archive holds the part at `path`.
    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// The unpacked bytes of the part at `path` (`word/document.xml`), or nil when the archive has none.
    func part(_ path: String) throws(LocatedError) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let damaged = LocatedError(file: file, line: 0, message: "the ZIP archive is damaged: \(path) cannot be unpacked")
        guard let start = entry.dataStart else { throw damaged }
        let sizeLimit = partMegabytes * 1024 * 1024
        let ratioBound = max(Self.ratioFreeMegabytes * 1024 * 1024, entry.compressedSize * Self.ratioLimit)
        let limit = min(sizeLimit, ratioBound)
        let packed = bytes[start..<(start + entry.compressedSize)]
        var unpacked = Data()
        do {
            guard entry.uncompressedSize <= limit else { throw PartTooLarge() }
            let checksum: UInt32
            switch entry.method {
            case 0:
                unpacked = Data(packed)
                checksum = Inflate.crc32(of: packed)
            case 8:
                checksum = try Inflate.raw(packed) { chunk in
                    guard unpacked.count + chunk.count <= limit else { throw PartTooLarge() }
                    unpacked.append(chunk)
                }
            default:
                throw LocatedError(
                    file: file, line: 0, message: "\(path) is packed with ZIP method \(entry.method), which Office never uses: not read")
            }
            guard checksum == entry.crc32, unpacked.count == entry.uncompressedSize else { throw damaged }
        } catch is PartTooLarge {
            let message =
                limit == sizeLimit
                ? "\(path) unpacks to more than \(partMegabytes) MB: not read (a damaged or hostile file?)"
                : "\(path) unpacks to more than \(Self.ratioLimit) times its packed \(entry.compressedSize) bytes: "
                    + "not read (a ZIP bomb?)"
            throw LocatedError(file: file, line: 0, message: message)
        } catch let error as LocatedError {
            throw error
        } catch {
            throw damaged
        }
        return unpacked
    }

    /// `xl/worksheets/sheet1.xml`, not `../evil` or `/etc/passwd`: a path inside the archive.
    static func staysInside(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !path.contains("\\") && !path.contains(":") && !components.contains("..")
    }

    /// Thrown from inside the unpacking when a part outgrows its limit.
    private struct PartTooLarge: Error {}
}
