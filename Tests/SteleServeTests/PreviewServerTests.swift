import Foundation
import SteleSite
import Testing
@testable import SteleServe

/// The preview server started in this process on a free port, spoken to over real sockets.
@Suite("stele serve: HTTP")
struct PreviewServerTests {
    @Test("an article page is HTML with charset, ETag and the live-reload script before </body>")
    func articlePage() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/articles/hello/")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.header("ETag")?.hasPrefix("\"") == true)
            #expect(response.header("Content-Length") == String(response.body.count))
            #expect(response.text.contains("First version."))
            #expect(response.text.contains("<script src=\"/__stele/reload.js\" defer></script></body>"))
            #expect(response.header("Access-Control-Allow-Origin") == nil)
        }
    }

    @Test("a stylesheet is sent byte for byte as text/css with charset, without any script")
    func stylesheet() async throws {
        let css = "body { color: teal; }\n"
        try await withServer(prepare: { try $0.write("static/site.css", css) }) { server, _ in
            let response = try await server.get("/static/site.css")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "text/css; charset=utf-8")
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(response.text == css)
        }
    }

    @Test("the site root serves index.html")
    func folderIndex() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/")
            #expect(response.status == 200)
            #expect(response.text.contains("/articles/hello/"))
        }
    }

    @Test("the feed and the sitemap are served with the server's own address as their base; links inside the site stay host-relative")
    func feedAtTheServedAddress() async throws {
        try await withServer { server, _ in
            let base = "http://127.0.0.1:\(server.port)/"
            let feed = try await server.get("/feed.xml")
            #expect(feed.status == 200)
            #expect(feed.text.contains("<link rel=\"alternate\" type=\"text/html\" href=\"\(base)articles/hello/\"/>"))
            #expect(try await server.get("/sitemap.xml").text.contains("<loc>\(base)articles/hello/</loc>"))
            let front = try await server.get("/").text
            #expect(front.contains("href=\"/articles/hello/\""), "links inside the site work on any address")
            #expect(front.contains("href=\"\(base)feed.xml\""), "pages name their feed")
        }
    }

    @Test("If-None-Match with the current ETag gets 304 and no body; another ETag gets the file")
    func conditionalGet() async throws {
        try await withServer { server, _ in
            let first = try await server.get("/articles/hello/")
            let etag = try #require(first.header("ETag"))
            for condition in [etag, "W/\(etag)", "\"other\", \(etag)", "*"] {
                let again = try await server.get("/articles/hello/", headers: ["If-None-Match": condition])
                #expect(again.status == 304, "If-None-Match: \(condition)")
                #expect(again.body.isEmpty)
                #expect(again.header("ETag") == etag)
            }
            let changed = try await server.get("/articles/hello/", headers: ["If-None-Match": "\"0000000000000000\""])
            #expect(changed.status == 200)
            #expect(changed.body == first.body)
        }
    }

    @Test("HEAD gives the GET's headers and no body")
    func head() async throws {
        try await withServer { server, _ in
            let get = try await server.get("/static/style.css")
            let head = try await server.head("/static/style.css")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == String(get.body.count))
            #expect(head.header("ETag") == get.header("ETag"))
            #expect(head.header("Content-Type") == get.header("Content-Type"))
        }
    }

    @Test("an unknown path gets the theme's 404 page with status 404")
    func notFound() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/articles/missing/")
            #expect(response.status == 404)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.text.contains("Page not found"))
            #expect(response.text.contains("/__stele/reload.js"))
        }
    }

    @Test("a folder without its slash is redirected to it, query kept")
    func folderRedirect() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/articles/hello")
            #expect(response.status == 301)
            #expect(response.header("Location") == "/articles/hello/")
            let withQuery = try await server.get("/articles/hello?x=1")
            #expect(withQuery.header("Location") == "/articles/hello/?x=1")
        }
    }

    @Test("only GET and HEAD are answered")
    func otherMethods() async throws {
        try await withServer { server, _ in
            let response = try await RawHTTPClient.request("POST", "/articles/hello/", port: server.port,
                                                           headers: ["Content-Length": "0"])
            #expect(response.status == 405)
            #expect(response.header("Allow") == "GET, HEAD")
        }
    }

    static let escapes = [
        "/../stele.yml", "/static/../stele.yml", "/%2e%2e/stele.yml", "/%2E%2E/%2E%2E/etc/passwd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static%2f..%2fstele.yml", "/static/..%2fstele.yml",
        "/static\\..\\stele.yml", "/static/%5c..%5cstele.yml", "/%00", "/static/style.css%00.html", "//etc/passwd",
        "/stele.yml", "/content/hello.md", "/outside", "/./stele.yml", "/static/%252e%252e/stele.yml",
        "http://127.0.0.1/stele.yml", "/%", "/%zz",
    ]

    @Test("paths that would leave the built site get 400 or 404, never a source file", arguments: escapes)
    func traversal(target: String) async throws {
        try await withServer(prepare: { site in
            // A symlink in the site folder to a file outside it: not part of the built site, so not served.
            try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent("outside").path,
                                                       withDestinationPath: "/etc/passwd")
        }) { server, _ in
            let response = try await server.get(target)
            #expect(response.status == 400 || response.status == 404, "\(target) → \(response.status)")
            #expect(!response.text.contains("Preview test\nlanguage"))
            #expect(!response.text.contains("root:"))
            #expect(!response.text.contains("First version."))
        }
    }

    @Test("requests naming another host are refused; loopback names with the right port are answered")
    func hostCheck() async throws {
        try await withServer { server, _ in
            let port = server.port
            for host in ["evil.example", "evil.example:\(port)", "127.0.0.1:\(port + 1)", "localhost.evil.example:\(port)",
                         "127.0.0.1.nip.io:\(port)", "", "127.0.0.1:\(port)@evil.example"] {
                let response = try await server.get("/articles/hello/", host: host)
                #expect(response.status == 403 || response.status == 400, "Host: \(host) → \(response.status)")
                #expect(!response.text.contains("First version."))
            }
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)"] {
                let response = try await server.get("/articles/hello/", host: host)
                #expect(response.status == 200, "Host: \(host) → \(response.status)")
            }
        }
    }

    @Test("a second Host header is refused, whichever comes first")
    func twoHostHeaders() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/articles/hello/", headers: ["Host": "evil.example"])
            #expect(response.status == 400)
            #expect(!response.text.contains("First version."))
        }
    }

    @Test("no permissive CORS header, even when a page elsewhere asks")
    func noCORS() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/articles/hello/", headers: ["Origin": "https://evil.example"])
            #expect(!response.headers.contains { $0.name.lowercased().hasPrefix("access-control-") })
        }
    }

    @Test("the live-reload script is JavaScript that listens on the page's own origin")
    func reloadScript() async throws {
        try await withServer { server, _ in
            let response = try await server.get("/__stele/reload.js")
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "text/javascript; charset=utf-8")
            #expect(response.text.contains("new EventSource(\"/__stele/events\")"))
        }
    }

    @Test("a port in use is reported as such")
    func portInUse() async throws {
        try await withServer { server, site in
            await #expect(throws: PreviewServerError.addressInUse(host: "127.0.0.1", port: server.port)) {
                _ = try await TestServer.start(site) { $0.port = server.port }
            }
        }
    }

    @Test("the server never writes output/ unless asked")
    func noOutputByDefault() async throws {
        try await withServer { server, site in
            _ = try await server.get("/articles/hello/")
            #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("output").path))
        }
    }

    @Test("with an output folder, good builds are written there without the live-reload script")
    func outputFolder() async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        let outputURL = site.url.appendingPathComponent("public")
        let server = try await TestServer.start(site) { configuration in
            configuration.output = try OutputDirectory(url: outputURL, siteDirectory: site.url)
        }
        let served = try await server.get("/articles/hello/")
        try await server.stop()
        let written = try String(contentsOf: outputURL.appendingPathComponent("articles/hello/index.html"), encoding: .utf8)
        #expect(written.contains("First version."))
        #expect(!written.contains("__stele"))
        #expect(served.text.contains("__stele/reload.js"))
    }
}
