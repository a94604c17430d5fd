import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A deliberately small HTTP/1.1 client over a plain socket, so tests can send exactly the bytes they
/// mean (`/../`, `%2e%2e`, a foreign Host), which URL-normalising clients would rewrite.
///
/// Blocking socket calls run on threads of their own, never on Swift's cooperative pool, which the
/// server under test needs.
enum RawHTTPClient {
    struct Response: Sendable {
        var status: Int
        /// Header fields in order, names as sent.
        var headers: [(name: String, value: String)]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    enum Failure: Error, CustomStringConvertible {
        case socket(String)
        case malformed(String)

        var description: String {
            switch self {
            case let .socket(message): "socket: \(message)"
            case let .malformed(message): "malformed response: \(message)"
            }
        }
    }

    /// Sends one request with `Connection: close` and reads the response to the end.
    static func request(_ method: String = "GET", _ target: String, port: Int, host: String? = nil,
                        headers: [String: String] = [:]) async throws -> Response {
        let head = requestHead(method, target, port: port, host: host, headers: headers.merging(["Connection": "close"]) { a, _ in a })
        return try await onThread {
            let socket = try connect(port: port)
            defer { close(socket) }
            try send(head, to: socket)
            var received = Data()
            while let chunk = try receive(from: socket) { received.append(chunk) }
            return try parse(received)
        }
    }

    static func requestHead(_ method: String, _ target: String, port: Int, host: String?, headers: [String: String]) -> String {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        return head + "\r\n"
    }

    /// Status line and headers of `data`, and the bytes after them.
    static func parseHead(_ data: Data) throws -> (status: Int, headers: [(name: String, value: String)], rest: Data)? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            throw Failure.malformed(lines[0])
        }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return (status, headers, Data(data[end.upperBound...]))
    }

    static func parse(_ data: Data) throws -> Response {
        guard let (status, headers, rest) = try parseHead(data) else { throw Failure.malformed("no end of header") }
        return Response(status: status, headers: headers, body: rest)
    }

    // MARK: Sockets

    static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.socket("socket() failed: errno \(errno)") }
        // Reads wait at most a second at a time, so no test can hang on a silent server.
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw Failure.socket("connect to port \(port) failed: errno \(errno)")
        }
        return socket
    }

    static func send(_ text: String, to socket: Int32) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure.socket("send failed: errno \(errno)") }
            sent += count
        }
    }

    /// The next bytes, or nil at end of stream (or a reset: the peer closed it either way). Gives up
    /// after 20 silent seconds.
    static func receive(from socket: Int32, patience: Int = 20) throws -> Data? {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        for _ in 0..<patience {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 { return Data(buffer[..<count]) }
            if count == 0 { return nil }
            // Closed too: a server that drops a connection as it accepts it may reset it rather than
            // end it, as the test machine's load decides (seen once in a full test run beside CI).
            if errno == ECONNRESET { return nil }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else {
                throw Failure.socket("recv failed: errno \(errno)")
            }
        }
        throw Failure.socket("no answer within \(patience) s")
    }
}

/// Runs blocking work on a thread of its own and awaits its result.
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}
