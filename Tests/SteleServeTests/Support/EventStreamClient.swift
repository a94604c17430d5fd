import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client of `/__stele/events` over a raw socket: reads the chunked `text/event-stream` and hands
/// out one event at a time.
final class EventStreamClient: @unchecked Sendable {
    // Used by one test at a time, one call after another; the lock only guards against misuse.
    struct Event: Sendable, Equatable {
        var name: String
        var id: String
        var data: String
    }

    let port: Int
    private let socket: Int32
    private let lock = NSLock()
    private var raw = Data()
    private var headerParsed = false
    private var decoded = ""
    private(set) var status = 0
    private(set) var contentType: String?

    init(port: Int) async throws {
        self.port = port
        socket = try RawHTTPClient.connect(port: port)
        try RawHTTPClient.send(RawHTTPClient.requestHead("GET", "/__stele/events", port: port, host: nil,
                                                         headers: ["Accept": "text/event-stream"]), to: socket)
    }

    deinit { close(socket) }

    /// The next event named `name`, skipping others; fails when the stream ends or stays silent too long.
    func next(_ name: String) async throws -> Event {
        while true {
            let event = try await next()
            if event.name == name { return event }
        }
    }

    func next() async throws -> Event {
        try await onThread { [self] in
            lock.lock()
            defer { lock.unlock() }
            while true {
                if let event = takeEvent() { return event }
                guard let chunk = try RawHTTPClient.receive(from: socket, patience: 30) else {
                    throw RawHTTPClient.Failure.malformed("event stream ended")
                }
                raw.append(chunk)
                try decode()
            }
        }
    }

    /// Whether the server ends the stream (closes the connection) within the patience of a read.
    func waitForEnd() async throws -> Bool {
        try await onThread { [self] in
            lock.lock()
            defer { lock.unlock() }
            while true {
                guard let chunk = try RawHTTPClient.receive(from: socket, patience: 30) else { return true }
                raw.append(chunk)
            }
        }
    }

    /// Moves whole chunks of the chunked body from `raw` to `decoded`.
    private func decode() throws {
        if !headerParsed {
            guard let (status, headers, rest) = try RawHTTPClient.parseHead(raw) else { return }
            self.status = status
            contentType = headers.first { $0.name.lowercased() == "content-type" }?.value
            raw = rest
            headerParsed = true
        }
        while let lineEnd = raw.range(of: Data("\r\n".utf8)) {
            guard let size = Int(String(decoding: raw[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) else {
                throw RawHTTPClient.Failure.malformed("bad chunk size")
            }
            let start = lineEnd.upperBound
            guard raw.count - (start - raw.startIndex) >= size + 2 else { return }
            decoded += String(decoding: raw[start..<(start + size)], as: UTF8.self)
            raw = Data(raw[(start + size + 2)...])
        }
    }

    /// The first complete event in `decoded` (fields up to a blank line), comments and `retry` skipped.
    private func takeEvent() -> Event? {
        while let end = decoded.range(of: "\n\n") {
            let block = decoded[..<end.lowerBound]
            decoded = String(decoded[end.upperBound...])
            var event = Event(name: "message", id: "", data: "")
            var dataLines: [Substring] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                if line.hasPrefix("id: ") { event.id = String(line.dropFirst(4)) }
                if line.hasPrefix("data:") { dataLines.append(line.dropFirst(line.hasPrefix("data: ") ? 6 : 5)) }
            }
            event.data = dataLines.joined(separator: "\n")
            if block.contains("event: ") { return event }
        }
        return nil
    }
}
