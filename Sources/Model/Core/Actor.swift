import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Who is making a change: the login name of the real user id, from the system's user
/// database. Not `$USER`, which anyone can set.
public enum Actor {
    public static func current() -> String {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "uid\(uid)"
    }
}
