import ArgumentParser
import Foundation
import SteleServe
import SteleSite

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site, rebuilt and reloaded as files change.",
        discussion: """
            Builds SITE in memory and serves it on http://127.0.0.1:8000/ (see --host,
            --port). Changes to content/, templates/, static/ and stele.yml rebuild the
            site and reload open pages; a stylesheet change swaps the stylesheet without
            a reload. A failed rebuild keeps the last good site and shows the error over
            the page. output/ is not written unless --output is given. Ctrl-C stops.
            """
    )

    @Argument(help: "The site folder.", completion: .directory)
    var site: String = "."

    @Option(help: "Address to listen on. Anything but loopback (127.0.0.1, ::1, localhost) exposes the preview to your network.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port: Int = 8000

    @Option(name: .shortAndLong, help: "Also write every good build to this folder.", completion: .directory)
    var output: String?

    @Option(name: .customLong("allow-host"),
            help: "Also answer requests whose Host header is this name (a proxy's or tunnel's); repeatable.")
    var allowedHosts: [String] = []

    @Flag(help: "Watch files by polling their modification times instead of inotify.")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("'\(site)' is not a folder.")
        }
    }

    func run() async throws {
        let siteURL = URL(fileURLWithPath: site)
        var configuration = PreviewServer.Configuration(siteDirectory: siteURL)
        configuration.host = host
        configuration.port = port
        configuration.allowedHosts = allowedHosts
        configuration.watchMode = poll ? .polling(.milliseconds(500)) : .automatic
        if let output {
            let outputURL = URL(fileURLWithPath: output)
            try refuseWatchedFolder(outputURL, siteURL: siteURL)
            do {
                configuration.output = try OutputDirectory(url: outputURL, siteDirectory: siteURL)
            } catch {
                throw CommandFailure.report([error.description])
            }
        }
        let server = PreviewServer(
            configuration: configuration,
            report: { message in Self.say(message) },
            onReady: { address in
                if !address.isLoopback {
                    FileHandle.standardError.write(Data("""
                        WARNING: listening on \(address.host), not on loopback: anyone who can reach this machine \
                        on port \(address.port) can read the preview.\n
                        """.utf8))
                }
                Self.say("Serving \(siteURL.standardizedFileURL.path) at \(address.url)  (Ctrl-C to stop)")
            })
        do {
            try await server.runUntilSignalled()
            Self.say("Stopped.")
        } catch let error as PreviewServerError {
            throw CommandFailure.report([error.description])
        }
    }

    /// Prints a line at once, even into a pipe or file (print buffers there): each is an event someone waits for.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Writing the output into a watched folder would trigger a rebuild after every rebuild.
    private func refuseWatchedFolder(_ output: URL, siteURL: URL) throws {
        let outputPath = output.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        for folder in PreviewServer.watchedFolders {
            let watched = siteURL.appendingPathComponent(folder).standardizedFileURL.resolvingSymlinksInPath().path + "/"
            if outputPath.hasPrefix(watched) {
                throw CommandFailure.report(["--output \(output.path) is inside \(folder)/, which serve watches; choose another folder"])
            }
        }
    }
}
