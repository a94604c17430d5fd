import Foundation
import Testing

/// `stele serve` as a user runs it: the built executable in a child process.
@Suite("stele serve: the command")
struct ServeCommandTests {
    /// The `stele` executable SwiftPM built beside this test bundle (`swift test` may run the bundle
    /// or a binary inside it, so look upwards).
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("stele").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("stele")
    }()

    @Test("it prints the URL of the free port it got, serves, and stops cleanly on the signal",
          arguments: [SIGTERM, SIGINT])
    func servesAndStops(signal: Int32) async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build the stele product first")
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", site.url.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let reader = output.fileHandleForReading
        // Should the command never print its URL, stop it so that the read below ends and the test fails.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(60))
            process.terminate()
        }
        let pattern = #"http://127\.0\.0\.1:[0-9]+/"#
        let url = try await onThread { () -> String? in
            var text = ""
            while true {
                if let range = text.range(of: pattern, options: .regularExpression) { return String(text[range]) }
                let data = reader.availableData
                if data.isEmpty { return nil }
                text += String(decoding: data, as: UTF8.self)
            }
        }
        watchdog.cancel()
        let served = try #require(url, "stele serve printed no URL")
        let port = try #require(Int(served.dropFirst("http://127.0.0.1:".count).dropLast()))
        #expect(port != 0)

        let page = try await RawHTTPClient.request("GET", "/articles/hello/", port: port)
        #expect(page.status == 200)
        let events = try await EventStreamClient(port: port)
        _ = try await events.next("hello")

        kill(process.processIdentifier, signal)
        let status = try await onThread { () -> Int32 in
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(status == 0)
        #expect(try await events.waitForEnd())
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output").path))
    }
}
