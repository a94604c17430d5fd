import Foundation
import Testing
@testable import SteleServe

/// Edits to a running site's files, seen through the event stream and the pages served after.
///
/// Each test waits for the event it expects (a read gives up after 30 silent seconds); nothing here
/// measures how fast a rebuild is.
@Suite("stele serve: live reload")
struct LiveReloadTests {
    @Test("the event stream is text/event-stream and opens with hello and the current version")
    func hello() async throws {
        try await withServer { server, _ in
            let events = try await EventStreamClient(port: server.port)
            let hello = try await events.next()
            #expect(hello.name == "hello")
            #expect(!hello.id.isEmpty)
            #expect(events.status == 200)
            #expect(events.contentType == "text/event-stream; charset=utf-8")
        }
    }

    @Test("editing an article sends reload, then the page shows the edit", arguments: [WatchMode.automatic, .polling(.milliseconds(100))])
    func editReloads(mode: WatchMode) async throws {
        try await withServer(watchMode: mode) { server, site in
            let (events, hello) = try await server.listen()
            try site.write("content/hello.md", TemporarySite.article(title: "Hello", body: "Second version."))
            let reload = try await events.next("reload")
            #expect(reload.id != hello.id)
            let page = try await server.get("/articles/hello/")
            #expect(page.text.contains("Second version."))
            #expect(!page.text.contains("First version."))
        }
    }

    @Test("an edited article's page, the front page, the search index, the statistics page and the feed come first, named in their reload; the full build then names only what else changed")
    func editedPageFirst() async throws {
        try await withServer { server, site in
            let (events, _) = try await server.listen()
            try site.write("content/hello.md", TemporarySite.article(title: "Renamed", body: "First version."))
            let first = try await events.next("reload")
            #expect(first.data.split(separator: "\n").map(String.init)
                    == ["articles/hello/index.html", "feed.xml", "index.html", "search/docs/0.json", "search/index.html",
                        "search/terms/0.json", "stats/index.html"])
            #expect(try await server.get("/articles/hello/").text.contains("Renamed"))
            #expect(try await server.get("/").text.contains("Renamed"), "the front page lists the new title")
            #expect(try await server.get("/search/docs/0.json").text.contains("Renamed"), "a search shows the new title")
            #expect(try await server.get("/feed.xml").text.contains("<title>Renamed</title>"), "so does the feed")
            let second = try await events.next("reload")
            let paths = second.data.split(separator: "\n").map(String.init)
            #expect(paths.contains("stats.json"), "the statistics' data counts the new title's words")
            #expect(!paths.contains("articles/hello/index.html") && !paths.contains("index.html")
                     && !paths.contains("stats/index.html") && !paths.contains("feed.xml"),
                    "the pages shown first were already right")
            #expect(!paths.contains("404.html"))
        }
    }

    @Test("a new article in a new folder is picked up")
    func newFolder() async throws {
        try await withServer { server, site in
            let (events, _) = try await server.listen()
            try site.write("content/2024/may/second.md", TemporarySite.article(title: "Second", body: "Brand new.", slug: "second"))
            _ = try await events.next("reload")
            #expect(try await server.get("/articles/second/").text.contains("Brand new."))
            // The new folder is watched too.
            try site.write("content/2024/may/second.md", TemporarySite.article(title: "Second", body: "Edited.", slug: "second"))
            _ = try await events.next("reload")
            #expect(try await server.get("/articles/second/").text.contains("Edited."))
        }
    }

    @Test("a broken edit shows the error over the last good page; the next good edit clears it")
    func brokenEdit() async throws {
        try await withServer { server, site in
            let (events, _) = try await server.listen()
            try site.write("content/hello.md", "---\ntitle: Hello\ndate: <b>soon</b>\n---\nBroken version.\n")
            let failure = try await events.next("build-error")
            #expect(failure.data.hasPrefix("content/hello.md:3"))
            #expect(failure.data.contains("'<b>soon</b>' is not a date"))

            let page = try await server.get("/articles/hello/")
            #expect(page.status == 200)
            #expect(page.text.contains("First version."))
            #expect(page.text.contains("id=\"stele-error-overlay\""))
            #expect(page.text.contains("content/hello.md:3"))
            #expect(page.text.contains("&#39;&lt;b&gt;soon&lt;/b&gt;&#39; is not a date"))
            #expect(!page.text.contains("<b>soon</b>"))

            try site.write("content/hello.md", TemporarySite.article(title: "Hello", body: "Fixed version."))
            _ = try await events.next("reload")
            let fixed = try await server.get("/articles/hello/")
            #expect(fixed.text.contains("Fixed version."))
            #expect(!fixed.text.contains("stele-error-overlay"))
        }
    }

    @Test("a stylesheet edit sends css (no reload) and the new stylesheet is served")
    func stylesheetSwap() async throws {
        try await withServer(prepare: { try $0.write("static/site.css", "body { color: teal; }\n") }) { server, site in
            let page = try await server.get("/articles/hello/")
            let (events, _) = try await server.listen()
            try site.write("static/site.css", "body { color: purple; }\n")
            let event = try await events.next()
            #expect(event.name == "css")
            #expect(try await server.get("/static/site.css").text == "body { color: purple; }\n")
            // Pages were not rebuilt: the same bytes, so the same ETag.
            #expect(try await server.get("/articles/hello/").header("ETag") == page.header("ETag"))
        }
    }

    @Test("a template edit reloads pages")
    func templateEdit() async throws {
        try await withServer { server, site in
            let (events, _) = try await server.listen()
            try site.write("templates/not-found.mustache", "{{<layout}}{{$main}}<p>Nothing here, friend.</p>{{/main}}{{/layout}}\n")
            _ = try await events.next("reload")
            let response = try await server.get("/nowhere")
            #expect(response.status == 404)
            #expect(response.text.contains("Nothing here, friend."))
        }
    }

    @Test("a site that does not build yet answers every path with the error, and reloads once it builds")
    func failedFirstBuild() async throws {
        try await withServer(prepare: { try $0.write("content/hello.md", "---\ntitle: [oops\n---\n") }) { server, site in
            let response = try await server.get("/articles/hello/")
            #expect(response.status == 500)
            #expect(response.text.contains("content/hello.md"))
            #expect(response.text.contains("/__stele/reload.js"))
            let (events, _) = try await server.listen()
            try site.write("content/hello.md", TemporarySite.article(title: "Hello", body: "Now it builds."))
            _ = try await events.next("reload")
            #expect(try await server.get("/articles/hello/").text.contains("Now it builds."))
        }
    }

    @Test("graceful shutdown ends open event streams and stops the server")
    func shutdownEndsStreams() async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        let server = try await TestServer.start(site)
        let (events, _) = try await server.listen()
        try await server.stop()
        #expect(try await events.waitForEnd())
    }
}
