import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SteleSite
import SteleSupport

/// `stele serve`: builds a site in memory, serves it over HTTP, and rebuilds it as its sources
/// change, telling open pages to reload. Runs until graceful shutdown (a `Service`).
///
/// The served files live in memory only: no request is ever answered by reading a file, and
/// output/ is not written unless `Configuration.output` asks for it.
public struct PreviewServer: Service {
    public struct Configuration: Sendable {
        public var siteDirectory: URL
        /// Address to bind: loopback by default.
        public var host = "127.0.0.1"
        /// 0 lets the system pick a free port (reported to `onReady`).
        public var port = 8000
        /// Also write every good build to this folder.
        public var output: OutputDirectory?
        /// More Host header names to answer (a proxy's or tunnel's public name).
        public var allowedHosts: [String] = []
        public var watchMode = WatchMode.automatic
        /// Timeouts and the cap on open connections.
        public var limits = ConnectionLimits()

        public init(siteDirectory: URL) {
            self.siteDirectory = siteDirectory
        }
    }

    public let configuration: Configuration

    /// The folders of a site whose changes are watched (with `stele.yml`).
    public static let watchedFolders = WatchedPaths.folders
    private let report: @Sendable (String) -> Void
    private let onReady: @Sendable (ServedAddress) async -> Void

    /// - Parameters:
    ///   - report: receives one line (or block) per build, rebuild and error, for the console.
    ///   - onReady: called once the server listens, with the address it really bound.
    public init(configuration: Configuration, report: @escaping @Sendable (String) -> Void = { _ in },
                onReady: @escaping @Sendable (ServedAddress) async -> Void = { _ in }) {
        self.configuration = configuration
        self.report = report
        self.onReady = onReady
    }

    public func run() async throws {
        let configuration = configuration
        let site = PreviewSite(siteDirectory: configuration.siteDirectory, output: configuration.output)
        // Watch before the first build, so that a change made while it runs is not missed.
        let (changes, mechanism) = SiteWatcher.changes(in: configuration.siteDirectory, mode: configuration.watchMode)
        // The first build waits for the address the server really got (`--port 0` is known only then):
        // it is the base of the feed's, the sitemap's and the permalinks' absolute URLs. Changes wait
        // for the first build.
        let (firstBuild, firstBuildDone) = AsyncStream<Void>.makeStream()
        let hosts = HostPolicyBox()
        var logger = Logger(label: "stele-serve")
        logger.logLevel = .warning
        let (report, onReady) = (report, onReady)
        let app = Application(
            responder: SiteResponder(site: site, hosts: hosts),
            server: GuardedHTTP1Channel.builder(limits: configuration.limits),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                let address = ServedAddress(host: configuration.host, port: channel.localAddress?.port ?? configuration.port)
                hosts.set(HostPolicy(bindHost: configuration.host, port: address.port, allowedHosts: configuration.allowedHosts))
                await site.serve(at: address.url)
                report(Self.describe(await Self.timed { await site.rebuild() }))
                report("Watching content/, templates/, static/ and stele.yml (\(mechanism)).")
                firstBuildDone.finish()
                await onReady(address)
            },
            logger: logger
        )
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask {
                do {
                    try await app.run()
                } catch let error as IOError where error.errnoCode == EADDRINUSE {
                    throw PreviewServerError.addressInUse(host: configuration.host, port: configuration.port)
                } catch let error as IOError where [EACCES, EADDRNOTAVAIL].contains(error.errnoCode) {
                    throw PreviewServerError.cannotListen(host: configuration.host, port: configuration.port,
                                                          reason: "\(error)")
                }
            }
            group.addTask {
                for await _ in firstBuild {}
                for try await paths in changes.cancelOnGracefulShutdown() {
                    let changeSet = ChangeSet(paths)
                    let outcome = await Self.timed { await site.rebuild(after: changeSet) }
                    report("\(Self.describe(changeSet)): \(Self.describe(outcome))")
                }
                await site.closeEvents()
            }
        }
    }

    /// Runs the server until SIGINT (Ctrl-C) or SIGTERM, then shuts it down gracefully: open event
    /// streams end, requests in flight complete.
    public func runUntilSignalled() async throws {
        var configuration = ServiceGroupConfiguration(services: [self], gracefulShutdownSignals: [.sigint, .sigterm],
                                                      logger: Logger(label: "stele-serve"))
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        try await ServiceGroup(configuration: configuration).run()
    }

    // MARK: Reporting

    private static func timed(_ body: () async -> PreviewSite.Outcome) async -> (PreviewSite.Outcome, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await body()
        return (outcome, clock.now - start)
    }

    static func describe(_ result: (PreviewSite.Outcome, Duration)) -> String {
        let milliseconds = Self.milliseconds(result.1)
        switch result.0 {
        case let .built(pages, files, edited):
            let first = edited.map { edited in
                "\(edited.pages) page\(edited.pages == 1 ? "" : "s") in \(Self.milliseconds(edited.duration)) ms, then "
            } ?? ""
            return first + "built \(pages) page\(pages == 1 ? "" : "s") (\(files) files) in \(milliseconds) ms"
        case let .refreshedStatic(files):
            return "reloaded \(files) static file\(files == 1 ? "" : "s") in \(milliseconds) ms"
        case let .failed(error, keptLastGood):
            return "build failed; " + (keptLastGood ? "still serving the last good build" : "serving the errors until it builds")
                + ":\n"
                + error.problems.map { "  error: \($0)" }.joined(separator: "\n")
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    static func describe(_ changes: ChangeSet) -> String {
        let shown = changes.paths.prefix(3).joined(separator: ", ")
        return changes.paths.count > 3 ? "\(shown) and \(changes.paths.count - 3) more changed" : "\(shown) changed"
    }
}

/// The address a preview server listens on.
public struct ServedAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    /// The URL to open: a wildcard address is opened through loopback.
    public var url: String {
        let name: String
        switch host {
        case "0.0.0.0", "*": name = "127.0.0.1"
        case "::", "[::]": name = "[::1]"
        default: name = HostPolicy.normalize(host)
        }
        return "http://\(name):\(port)/"
    }

    /// Whether the server can be reached from other machines.
    public var isLoopback: Bool { HostPolicy.isLoopback(host) }
}
