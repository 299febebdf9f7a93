import Foundation
import ModelCore
import ZIPFoundation

/// The ZIP archive of a `.docx`, opened in memory, from which the reader takes its XML parts.
struct DOCXPackage {
    /// The largest part, in megabytes, that the reader unpacks, so that a ZIP bomb fails rather than filling memory.
    static let defaultPartMegabytes = 512

    private let archive: Archive
    private let file: String
    private let partMegabytes: Int

    /// Opens `data` as a ZIP archive; anything else is "not a Word document".
    init(data: Data, file: String, partMegabytes: Int = defaultPartMegabytes) throws(LocatedError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw LocatedError(file: file, line: 0, message: "not a Word document (.docx): the file is not a ZIP archive")
        }
        self.file = file
        self.partMegabytes = partMegabytes
    }

    /// The unpacked bytes of the part at `path` (`word/document.xml`), or nil when the archive has none.
    func part(_ path: String) throws(LocatedError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let limit = partMegabytes * 1024 * 1024
        var bytes = Data()
        do {
            let checksum = try archive.extract(entry) { chunk in
                guard bytes.count + chunk.count <= limit else { throw PartTooLarge() }
                bytes.append(chunk)
            }
            guard checksum == entry.checksum else { throw Archive.ArchiveError.invalidCRC32 }
        } catch is PartTooLarge {
            throw LocatedError(
                file: file, line: 0,
                message: "\(path) unpacks to more than \(partMegabytes) MB: not read (a damaged or hostile file?)")
        } catch {
            throw LocatedError(file: file, line: 0, message: "the ZIP archive is damaged: \(path) cannot be unpacked")
        }
        return bytes
    }

    /// Thrown from inside the unpacking when a part outgrows `partMegabytes`.
    private struct PartTooLarge: Error {}
}
