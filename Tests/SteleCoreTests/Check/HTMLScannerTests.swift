import Testing
@testable import StelePages

@Suite struct HTMLScannerTests {
    static let html = """
        <!DOCTYPE html>
        <html><head><title>A &amp; B</title>
        <link rel="stylesheet" href="/static/style.css">
        <!-- <a href="/commented/"> -->
        <script>if (a < b) { x = "<a href='/in-script/'>"; }</script>
        </head>
        <body id=top>
        <h2 id="牢固树立">牢固树立</h2>
        <a
          class="x" href='/a/?q=1&amp;r=2#frag'>link</a> <img src=/img.png alt="">
        <a name="legacy"></a><p id="p-1">text &lt;b&gt; 1 &#x4E2D;&#25991;</p>
        <img srcset="a.png 1x, b.png 2x">
        <form action="/search/"></form>
        </body></html>
        """

    @Test func findsIdsReferencesWithLinesAndTheTitle() {
        let scan = HTMLScanner.scan(Self.html)
        #expect(scan.ids == ["top", "牢固树立", "legacy", "p-1"])
        #expect(scan.references.map(\.value) == ["/static/style.css", "/a/?q=1&r=2#frag", "/img.png", "a.png 1x, b.png 2x", "/search/"])
        #expect(scan.references.map(\.line) == [3, 10, 10, 12, 13])
        #expect(scan.references.map(\.element) == ["link", "a", "img", "img", "form"])
        #expect(scan.title == "A & B")
        #expect(scan.titleLine == 2)
        #expect(HTMLScanner.urls(inSrcset: "a.png 1x, b.png 2x") == ["a.png", "b.png"])
    }

    @Test func textIsWhatAReaderSees() {
        let text = HTMLScanner.text(of: "<p>党的<em>力量</em></p><script>var x = 1;</script><p>a &amp; b</p>")
        #expect(text.split(separator: "\n").joined() == "党的力量a & b")
    }

    @Test func brokenMarkupNeverCrashes() {
        for html in ["<", "<a href=", "<a href=\"x", "<!--", "<script>", "a < b", "<a =x>", "&#xFFFFFFFF;&#;", "<title>x"] {
            _ = HTMLScanner.scan(html, collectText: true)
        }
        #expect(HTMLScanner.scan("<title>x").title == "x")
        #expect(HTMLScanner.decodeReferences("&#xD800;&bogus;&amp") == "&#xD800;&bogus;&amp")
    }
}
