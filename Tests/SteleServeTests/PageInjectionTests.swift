import Foundation
import Testing
@testable import SteleServe

@Suite("what served pages carry")
struct PageInjectionTests {
    func inserted(_ html: String) -> String {
        String(decoding: PageInjection.insert("<X>", into: Data(html.utf8)), as: UTF8.self)
    }

    @Test("the snippet goes before the last </body>, in any case")
    func beforeBody() {
        #expect(inserted("<p>a</p></body></html>") == "<p>a</p><X></body></html>")
        #expect(inserted("<pre>&lt;/body></pre></BODY>") == "<pre>&lt;/body></pre><X></BODY>")
        #expect(inserted("<script>'</body>'</script></body>") == "<script>'</body>'</script><X></body>")
    }

    @Test("a page without </body> gets the snippet at its end")
    func noBody() {
        #expect(inserted("<p>fragment") == "<p>fragment<X>")
        #expect(inserted("") == "<X>")
    }

    @Test("the overlay escapes the error text")
    func overlayEscapes() {
        let overlay = PageInjection.overlay("content/a.md:3: '<script>alert(1)</script>' & \"x\"")
        #expect(overlay.contains("content/a.md:3: &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; &quot;x&quot;"))
        #expect(!overlay.contains("<script>"))
    }

    @Test("the snapshot injects into HTML only and hashes what it serves")
    func snapshot() {
        let snapshot = SiteSnapshot(built: [.init(path: "index.html", text: "<body></body>"),
                                            .init(path: "static/a.css", text: "</body>")],
                                    error: nil, version: "v")
        let page = String(buffer: snapshot.files["index.html"]!.body)
        #expect(page == "<body>\(PageInjection.scriptTag)</body>")
        #expect(String(buffer: snapshot.files["static/a.css"]!.body) == "</body>")
        let failing = SiteSnapshot(built: [.init(path: "index.html", text: "<body></body>")], error: "boom", version: "w")
        #expect(String(buffer: failing.files["index.html"]!.body).contains("boom"))
        #expect(failing.files["index.html"]!.etag != snapshot.files["index.html"]!.etag)
    }
}
