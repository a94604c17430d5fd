import Foundation
import Logging
import ServiceLifecycle
@testable import SteleServe

/// A preview server running in this process on a free port, for one test.
struct TestServer: Sendable {
    let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// Starts serving `site` on port 0 and returns once it listens.
    static func start(_ site: TemporarySite, watchMode: WatchMode = .automatic,
                      configure: (inout PreviewServer.Configuration) throws -> Void = { _ in }) async throws -> TestServer {
        var configuration = PreviewServer.Configuration(siteDirectory: site.url)
        configuration.port = 0
        configuration.watchMode = watchMode
        try configure(&configuration)
        let (ready, readyContinuation) = AsyncStream.makeStream(of: ServedAddress.self)
        let server = PreviewServer(configuration: configuration, onReady: { readyContinuation.yield($0) })
        let group = ServiceGroup(services: [server], logger: Logger(label: "stele-serve-test"))
        let task = Task {
            defer { readyContinuation.finish() }
            try await group.run()
        }
        var iterator = ready.makeAsyncIterator()
        guard let address = await iterator.next() else {
            try await task.value
            throw RawHTTPClient.Failure.socket("server stopped before listening")
        }
        return TestServer(port: address.port, group: group, task: task)
    }

    /// Shuts the server down gracefully and waits until it has stopped.
    func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }

    func get(_ target: String, host: String? = nil, headers: [String: String] = [:]) async throws -> RawHTTPClient.Response {
        try await RawHTTPClient.request("GET", target, port: port, host: host, headers: headers)
    }

    /// Opens the event stream and waits for its `hello`, after which every change is reported on it.
    func listen() async throws -> (events: EventStreamClient, hello: EventStreamClient.Event) {
        let events = try await EventStreamClient(port: port)
        return (events, try await events.next("hello"))
    }

    func head(_ target: String) async throws -> RawHTTPClient.Response {
        try await RawHTTPClient.request("HEAD", target, port: port)
    }
}

/// Runs `body` against a server for a fresh temporary site, then stops the server and removes the site.
func withServer(watchMode: WatchMode = .automatic, prepare: (TemporarySite) throws -> Void = { _ in },
                _ body: (TestServer, TemporarySite) async throws -> Void) async throws {
    let site = try TemporarySite.make()
    defer { site.remove() }
    try prepare(site)
    let server = try await TestServer.start(site, watchMode: watchMode)
    do {
        try await body(server, site)
    } catch {
        try? await server.stop()
        throw error
    }
    try await server.stop()
}
