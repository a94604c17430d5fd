import Testing
@testable import SteleServe

@Suite("reload events")
struct ReloadEventTests {
    @Test("an event is name, id and one data line per line, ended by a blank line")
    func encoding() {
        let event = ReloadEvent(kind: .buildError, version: "ab-3", data: "content/a.md:2: one\ncontent/b.md:5: two")
        #expect(event.encoded == "event: build-error\nid: ab-3\ndata: content/a.md:2: one\ndata: content/b.md:5: two\n\n")
    }

    @Test("carriage returns cannot end a data line early or start a field")
    func carriageReturns() {
        let event = ReloadEvent(kind: .buildError, version: "v", data: "a\r\nevent: reload\rb")
        #expect(event.encoded == "event: build-error\nid: v\ndata: a\ndata: event: reload\ndata: b\n\n")
    }

    @Test("a reload names the changed paths, sorted, one per line; unknown or too many: none, so every page reloads")
    func pathList() {
        #expect(ReloadEvent.pathList(["index.html", "articles/a/index.html"]) == "articles/a/index.html\nindex.html")
        #expect(ReloadEvent.pathList(nil as [String]?) == "")
        #expect(ReloadEvent.pathList((0...ReloadEvent.maximumListedPaths).map { "p\($0).html" }) == "")
    }

    @Test("an event without data still has its data line")
    func empty() {
        #expect(ReloadEvent(kind: .reload, version: "v").encoded == "event: reload\nid: v\ndata: \n\n")
    }
}
