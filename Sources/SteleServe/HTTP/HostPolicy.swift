#if canImport(Glibc)
import Glibc
import SteleSupport
#endif

/// The Host header values the server answers to.
///
/// A page on another site can make a browser send requests to 127.0.0.1 through a DNS name it controls
/// (DNS rebinding); such requests carry that name in Host. Answering only the names of the served address
/// keeps them from reading the preview.
struct HostPolicy: Sendable {
    /// Lowercased names allowed with the served port: `localhost`, `127.0.0.1`, `[::1]`, the bound host.
    private(set) var names: Set<String>
    /// Names given with `--allow-host` (a proxy's or tunnel's public name), allowed on any port.
    private(set) var extraNames: Set<String>
    let port: Int

    init(bindHost: String, port: Int, allowedHosts: [String] = []) {
        var names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        let host = Self.normalize(bindHost)
        names.insert(host)
        if Self.isWildcard(bindHost) {
            // Bound to every interface, the server is reached by this machine's own names and addresses.
            names.formUnion(Self.localNames())
        }
        self.names = names
        self.extraNames = Set(allowedHosts.map(Self.normalize))
        self.port = port
    }

    /// Whether a request whose Host header (HTTP/1.1) or :authority (HTTP/2) is `authority` is answered.
    func allows(_ authority: String?) -> Bool {
        guard let authority, let (name, port) = Self.split(authority) else { return false }
        if extraNames.contains(name) { return true }
        return names.contains(name) && (port ?? 80) == self.port
    }

    /// `Host: name[:port]` → (lowercased name, port); nil when it is not of that shape.
    static func split(_ authority: String) -> (name: String, port: Int?)? {
        var name: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            name = authority[...close]
            let rest = authority[authority.index(after: close)...]
            if !rest.isEmpty {
                guard rest.first == ":" else { return nil }
                portText = rest.dropFirst()
            }
        } else {
            let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return nil }
            name = parts[0]
            portText = parts.count == 2 ? parts[1] : nil
        }
        guard !name.isEmpty else { return nil }
        var port: Int?
        if let portText {
            guard !portText.isEmpty, portText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(portText),
                  value <= 65535
            else { return nil }
            port = value
        }
        return (normalize(String(name)), port)
    }

    /// Lowercased, without a trailing dot, IPv6 literals in brackets.
    static func normalize(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }
        return host
    }

    static func isWildcard(_ host: String) -> Bool {
        ["0.0.0.0", "::", "[::]", "*"].contains(host)
    }

    /// Whether binding `host` keeps the server on this machine.
    static func isLoopback(_ host: String) -> Bool {
        let host = normalize(host)
        return host == "localhost" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// The host name and the addresses of every network interface of this machine.
    static func localNames() -> Set<String> {
        var result: Set<String> = []
        #if canImport(Glibc)
        var hostName = [CChar](repeating: 0, count: 256)
        if gethostname(&hostName, hostName.count) == 0 {
            let name = String(decoding: hostName.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            result.insert(normalize(name))
        }
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return result }
        defer { freeifaddrs(list) }
        var cursor = list
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            guard getnameinfo(address, length, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0 else {
                continue
            }
            let literal = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // Link-local IPv6 addresses come with a zone (`fe80::1%eth0`), which browsers do not send.
            result.insert(normalize(String(literal.prefix { $0 != "%" })))
        }
        #endif
        return result
    }
}
