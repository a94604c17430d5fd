import Testing
@testable import SteleServe

@Suite("Host header policy")
struct HostPolicyTests {
    let loopback = HostPolicy(bindHost: "127.0.0.1", port: 8000)

    @Test("loopback names with the served port are answered", arguments: [
        "127.0.0.1:8000", "localhost:8000", "LocalHost:8000", "localhost.:8000", "[::1]:8000",
    ])
    func allowed(host: String) {
        #expect(loopback.allows(host))
    }

    @Test("other names, other ports and malformed values are refused", arguments: [
        "evil.example", "evil.example:8000", "127.0.0.1:8001", "127.0.0.1", "localhost", "127.0.0.1.nip.io:8000",
        "localhost:8000@evil.example", "[::1]8000", "[::1", ":8000", "127.0.0.1:", "127.0.0.1:80a", "127.0.0.1:99999",
        "::1:8000", "",
    ])
    func refused(host: String) {
        #expect(!loopback.allows(host))
    }

    @Test("no Host header is refused")
    func missing() {
        #expect(!loopback.allows(nil))
    }

    @Test("the bound host is answered; an IPv6 one in brackets")
    func boundHost() {
        #expect(HostPolicy(bindHost: "::1", port: 9000).allows("[::1]:9000"))
        #expect(HostPolicy(bindHost: "192.168.1.20", port: 9000).allows("192.168.1.20:9000"))
        #expect(HostPolicy(bindHost: "preview.local", port: 9000).allows("preview.local:9000"))
    }

    @Test("port 80 may be left out of Host")
    func defaultPort() {
        #expect(HostPolicy(bindHost: "127.0.0.1", port: 80).allows("localhost"))
    }

    @Test("--allow-host names are answered on any port (a proxy's or tunnel's public name)")
    func extraNames() {
        let policy = HostPolicy(bindHost: "127.0.0.1", port: 8000, allowedHosts: ["Preview.Example.org"])
        #expect(policy.allows("preview.example.org"))
        #expect(policy.allows("preview.example.org:443"))
        #expect(!policy.allows("other.example.org"))
    }

    @Test("loopback addresses are told from the rest")
    func loopbackAddresses() {
        #expect(HostPolicy.isLoopback("127.0.0.1"))
        #expect(HostPolicy.isLoopback("127.1.2.3"))
        #expect(HostPolicy.isLoopback("::1"))
        #expect(HostPolicy.isLoopback("localhost"))
        #expect(!HostPolicy.isLoopback("0.0.0.0"))
        #expect(!HostPolicy.isLoopback("::"))
        #expect(!HostPolicy.isLoopback("192.168.1.20"))
    }

    @Test("served addresses print as URLs a browser opens")
    func urls() {
        #expect(ServedAddress(host: "127.0.0.1", port: 8000).url == "http://127.0.0.1:8000/")
        #expect(ServedAddress(host: "::1", port: 8000).url == "http://[::1]:8000/")
        #expect(ServedAddress(host: "0.0.0.0", port: 8000).url == "http://127.0.0.1:8000/")
    }
}
