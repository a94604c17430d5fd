import Testing
@testable import SteleServe

@Suite("what a change affects")
struct ChangeSetTests {
    @Test("stylesheets alone are swapped without a reload")
    func stylesheets() {
        #expect(ChangeSet(["static/site.css"]).isStylesheetOnly)
        #expect(ChangeSet(["templates/static/style.css", "static/print.css"]).isStylesheetOnly)
        #expect(!ChangeSet(["static/site.css", "static/logo.svg"]).isStylesheetOnly)
        #expect(ChangeSet(["static/site.css", "static/logo.svg"]).isStaticOnly)
    }

    @Test("anything else rebuilds pages", arguments: [
        ["content/a.md"], ["templates/layout.mustache"], ["stele.yml"], ["static/a.css", "content/a.md"], ["static"], [],
    ])
    func fullRebuild(paths: [String]) {
        #expect(!ChangeSet(paths).isStaticOnly)
        #expect(!ChangeSet(paths).isStylesheetOnly)
    }

    @Test("articles alone can show their pages before the full build")
    func contentFiles() {
        #expect(ChangeSet(["content/b.md", "content/2024/a.md"]).contentFiles == ["content/2024/a.md", "content/b.md"])
        for paths in [["content/a.md", "stele.yml"], ["content"], ["templates/article.mustache"], []] {
            #expect(ChangeSet(paths).contentFiles == nil, "\(paths)")
        }
    }

    @Test("only the site's sources are watched, not editors' scratch files or output")
    func watchedPaths() {
        for path in ["stele.yml", "content", "content/a.md", "content/2024/a.md", "templates/layout.mustache",
                     "static/img/logo.png", "content/sedan.md", "content/2024", "static/sedan-photo.jpg"] {
            #expect(WatchedPaths.contains(path), "\(path)")
        }
        for path in ["output/index.html", "README.md", "content/.a.md.swp", "content/a.md~", "content/4913",
                     "static/.DS_Store", "content/.git/x", "sources/a.txt", "content/sedQvdu1V", "templates/sed8aZ01x",
                     "content/a.md.swp", "content/#a.md#", "content/.#a.md", "content/a.md.tmp", "content/notes.txt",
                     "templates/layout.mustache.swo"] {
            #expect(!WatchedPaths.contains(path), "\(path)")
        }
    }
}
