#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A string as a hash key by its UTF-8 bytes. Hashing a `String` normalises non-ASCII text first,
/// which costs more than the lookup; by bytes, two spellings that differ only in normalisation
/// are two keys, which a cache or a count that is folded into strings at the end can afford.
struct UTF8Key: Hashable {
    let string: String

    func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (one: UTF8Key, other: UTF8Key) -> Bool {
        var one = one.string, other = other.string
        return one.withUTF8 { a in other.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) } }
    }
}

/// A list of strings as a hash key by their bytes, as `UTF8Key` is one.
struct UTF8ListKey: Hashable {
    let items: [String]

    func hash(into hasher: inout Hasher) {
        hasher.combine(items.count)
        for item in items { hasher.combine(UTF8Key(string: item)) }
    }

    static func == (one: UTF8ListKey, other: UTF8ListKey) -> Bool {
        one.items.count == other.items.count
            && zip(one.items, other.items).allSatisfy { UTF8Key(string: $0) == UTF8Key(string: $1) }
    }
}
