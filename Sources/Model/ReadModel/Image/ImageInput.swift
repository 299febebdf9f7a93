import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads the bytes `ImageOutput` wrote from a file descriptor through a buffer of its own, so that
/// reading an image holds at most its largest string in memory besides what it decodes. Every read
/// is checked: a short or damaged file throws `SnapshotImage.Failure`, never traps.
final class ImageInput {
    private static let chunk = 1 << 20
    /// A string longer than this is damage, not a task's text.
    private static let longestString = 1 << 26
    private let descriptor: Int32
    private var storage: UnsafeMutableRawBufferPointer
    private var position = 0
    private var end = 0
    private var atEndOfFile = false
    /// Bytes read from the file before the ones buffered.
    private var consumedBefore = 0

    /// The file's size: no count of things in it can be larger.
    let size: Int

    /// Reads `descriptor` from `start` bytes into the file on, by offset (`pread`): inputs at
    /// different places may share a descriptor, on different threads.
    init(descriptor: Int32, start: Int = 0) {
        self.descriptor = descriptor
        consumedBefore = start
        var status = stat()
        size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        storage = .allocate(byteCount: Self.chunk, alignment: 8)
    }

    deinit { storage.deallocate() }

    /// Where the next byte comes from, from the start of the file.
    var offset: Int { consumedBefore + position }

    /// Whether every byte of the file has been read.
    var isAtEnd: Bool {
        get throws {
            if position < end { return false }
            try fill(1)
            return position == end
        }
    }

    func byte() throws -> UInt8 {
        if position == end { try require(1) }
        defer { position += 1 }
        return storage[position]
    }

    func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(Int.max) else { throw damage("a count out of range") }
        return Int(value)
    }

    /// A count of things that follow, each at least a byte: one larger than the file is damage
    /// (and would otherwise be room reserved for nothing).
    func countOfItems() throws -> Int {
        let value = try count()
        guard value <= size else { throw damage("\(value) items in a file of \(size) bytes") }
        return value
    }

    func integer() throws -> Int {
        let value = try unsigned()
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    func fixed64() throws -> UInt64 {
        try require(8)
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[position..<(position + 8)])) }
        position += 8
        return UInt64(littleEndian: value)
    }

    func string() throws -> String {
        try text(length: try count())
    }

    func optionalString() throws -> String? {
        let marker = try count()
        return marker == 0 ? nil : try text(length: marker - 1)
    }

    /// Checks that the next bytes are `expected`.
    func expect(_ expected: [UInt8], _ what: String) throws {
        try require(expected.count)
        guard storage[position..<(position + expected.count)].elementsEqual(expected) else { throw damage("no \(what)") }
        position += expected.count
    }

    func damage(_ problem: String) -> SnapshotImage.Failure {
        SnapshotImage.Failure(reason: problem)
    }

    private func text(length: Int) throws -> String {
        guard length <= Self.longestString else { throw damage("a string of \(length) bytes") }
        try require(length)
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: storage[position..<(position + length)]), as: UTF8.self)
    }

    private func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try self.byte()
            guard shift < 64 else { throw damage("a varint longer than 64 bits") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// Makes `count` bytes available from `position`, or throws when the file ends first.
    private func require(_ count: Int) throws {
        if end - position >= count { return }
        try fill(count)
        guard end - position >= count else { throw damage("the file ends too soon") }
    }

    /// Moves what is left to the front and reads until `count` bytes are buffered or the file ends.
    private func fill(_ count: Int) throws {
        let left = end - position
        if count > storage.count {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: count + Self.chunk, alignment: 8)
            larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: storage[position..<end]))
            storage.deallocate()
            storage = larger
        } else if left > 0 && position > 0 {
            storage.baseAddress!.copyMemory(from: storage.baseAddress! + position, byteCount: left)
        }
        consumedBefore += position
        position = 0
        end = left
        while end < count && !atEndOfFile {
            let result = pread(descriptor, storage.baseAddress! + end, storage.count - end, off_t(consumedBefore + end))
            if result < 0 {
                if errno == EINTR { continue }
                throw damage("cannot read: \(String(cString: strerror(errno)))")
            }
            if result == 0 { atEndOfFile = true }
            end += result
        }
    }
}
