import Foundation
import Testing
@testable import StelePages

/// HTML and JSON are escaped by scanning bytes; these hold them to the scalar-by-scalar rules they replace.
@Suite struct EscapingTests {
    static let samples = [
        "", "plain", "北京市人民政府", "<b>粗</b> & \"引\" 'single'", "&&", "<", "a>b", "“引号”——省略…",
        "\u{2028}行\u{2029}", "tab\tand\nnewline\r", "\u{0}\u{1F}", "é and e\u{301}", "<\u{301}", "🇨🇳 emoji",
        "\\back\\slash", "\u{E2}\u{80}", "end with \u{2028}",
    ]

    @Test func htmlEscapesTheFiveCharactersAsTheScalarRuleDoes() {
        for text in Self.samples {
            #expect(HTMLText.escape(text) == TextEscaping.markup(text, apostrophe: "&#39;"), "\(text.debugDescription)")
        }
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLText.escape("北京") == "北京")
    }

    @Test func jsonQuotesAsTheScalarRuleDoes() {
        for text in Self.samples {
            #expect(JSONText.quote(text) == JSONText.quotedScalarByScalar(text), "\(text.debugDescription)")
        }
        #expect(JSONText.quote("“引”…") == "\"“引”…\"")
        #expect(JSONText.quote("a\u{2028}b") == "\"a\\u2028b\"")
        #expect(JSONText.quote("<\n\"\\\u{1}") == #""\u003c\n\"\\\u0001""#)
    }

    @Test func aPageEscapesItsValuesWithoutAMarkOfHow() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: \"<i>A</i> & 'B'\"\n---\nText.\n"])
        defer { site.remove() }
        try await site.build()
        let page = try site.read("output/articles/a/index.html")
        #expect(page.contains("&lt;i&gt;A&lt;/i&gt; &amp; &#39;B&#39;"))
        #expect(!page.contains("<i>A</i>"))
        #expect(!page.contains("CONTENT_TYPE"))
    }
}
