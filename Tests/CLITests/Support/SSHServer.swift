import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A private OpenSSH server on 127.0.0.1 for one test: its own host key, a generated user key
/// authorised for root, its config, pid file and log in a scratch directory. Needs root and the
/// Debian openssh-server and openssh-client packages.
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"

    /// Whether the test can run one: root, sshd, ssh and ssh-keygen installed.
    static var available: Bool {
        getuid() == 0 && [sshd, "/usr/bin/ssh", "/usr/bin/ssh-keygen"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let skipReason: Comment = "needs root and openssh-server/openssh-client (apt-get install -y openssh-server openssh-client)"

    let directory: String
    let port: Int

    init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for key in ["host", "user"] {
            try Self.check(system("ssh-keygen -q -t ed25519 -N '' -f \(directory)/\(key) </dev/null >/dev/null 2>&1"), "ssh-keygen")
        }
        try FileManager.default.copyItem(atPath: "\(directory)/user.pub", toPath: "\(directory)/authorized_keys")
        // sshd refuses to start without its privilege separation directory.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        port = try Self.freePort()
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory)/host
            AuthorizedKeysFile \(directory)/authorized_keys
            PidFile \(directory)/sshd.pid
            StrictModes no
            UsePAM no
            PermitRootLogin prohibit-password
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PrintMotd no
            PrintLastLog no
            """
        try config.write(toFile: "\(directory)/sshd_config", atomically: true, encoding: .utf8)
        // Started with system(3) and left to daemonise: a long-running child of Foundation's
        // Process keeps other Process calls (every tmux call of the test) from ever seeing their end.
        // Like tmux's server, it must not keep this process's other descriptors open.
        let closing = #"for fd in $(ls /proc/$$/fd); do [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done 2>/dev/null; "#
        let start = "exec \(Self.sshd) -f \(directory)/sshd_config -E \(directory)/sshd.log"
        try Self.check(system("/bin/bash -c '\(closing)\(start)' </dev/null >/dev/null 2>&1"), "sshd")
        let deadline = Date().addingTimeInterval(10)
        while system("\(client(tty: false)) true </dev/null >/dev/null 2>&1") != 0 {
            guard Date() < deadline else {
                stop()
                let log = (try? String(contentsOfFile: "\(directory)/sshd.log", encoding: .utf8)) ?? ""
                throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "sshd did not start: \(log)"])
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// The ssh command line that logs in as root with the generated key (add the remote command).
    func client(tty: Bool) -> String {
        "ssh \(tty ? "-tt" : "-T") -i \(directory)/user -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o LogLevel=ERROR -o BatchMode=yes -p \(port) root@127.0.0.1"
    }

    /// Stops the server (already-open sessions end with their clients).
    func stop() {
        guard let text = try? String(contentsOfFile: "\(directory)/sshd.pid", encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return }
        kill(pid, SIGTERM)
        try? FileManager.default.removeItem(atPath: "\(directory)/sshd.pid")
    }

    deinit {
        stop()
    }

    private static func check(_ status: Int32, _ tool: String) throws {
        guard status == 0 else { throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(tool) failed"]) }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw CocoaError(.executableLoad) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
