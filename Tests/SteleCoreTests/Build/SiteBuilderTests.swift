import Foundation
import Testing
@testable import SteleSite


@Suite struct SiteBuilderTests {
    static let article = """
        ---
        title: 建强战斗堡垒
        date: 2022-10-09
        ---
        ## 牢固树立大抓基层的鲜明导向

        党的力量来自组织。

        第二段。
        """

    @Test func writesAnIndexAndOnePagePerContentFileAtCleanURLs() async throws {
        let site = try TemporarySite([
            "stele.yml": "title: 示例\nlanguage: zh-CN\n",
            "content/first.md": Self.article,
            "content/second.md": "---\ntitle: Second\nslug: the-second\ndate: 2021-06-30\n---\nText.\n",
            "content/nested/third.md": "---\ntitle: Third\n---\nMore.\n",
        ])
        defer { site.remove() }
        try await site.build()
        #expect(site.exists("output/index.html"))
        #expect(site.exists("output/articles/first/index.html"))
        #expect(site.exists("output/articles/the-second/index.html"))
        #expect(site.exists("output/articles/third/index.html"))
        #expect(site.exists("output/404.html"))
        #expect(site.exists("output/static/style.css"))

        let index = try site.read("output/index.html")
        #expect(index.contains("<html lang=\"zh-CN\">"))
        // Newest first; an undated page last.
        let order = ["/articles/first/", "/articles/the-second/", "/articles/third/"].map { index.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order[0]! < order[1]! && order[1]! < order[2]!)
    }

    @Test func articlePagesCarryIDsTableOfContentsAndMetadata() async throws {
        let site = try TemporarySite(["content/first.md": Self.article])
        defer { site.remove() }
        try await site.build()
        let page = try site.read("output/articles/first/index.html")
        #expect(page.contains("<h1>建强战斗堡垒</h1>"))
        #expect(page.contains("<time datetime=\"2022-10-09\">2022-10-09</time>"))
        #expect(page.contains("<h2 id=\"牢固树立大抓基层的鲜明导向\">牢固树立大抓基层的鲜明导向</h2>"))
        #expect(page.contains("<a href=\"#牢固树立大抓基层的鲜明导向\">牢固树立大抓基层的鲜明导向</a>"))
        #expect(page.contains("<p id=\"p-1\">党的力量来自组织。</p>"))
        #expect(page.contains("<p id=\"p-2\">第二段。</p>"))
    }

    @Test func titlesAreEscapedEverywhere() async throws {
        let site = try TemporarySite([
            "content/x.md": "---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"\\\" onload=\\\"x\"\n---\nText.\n",
        ])
        defer { site.remove() }
        try await site.build()
        for path in ["output/articles/x/index.html", "output/index.html"] {
            let html = try site.read(path)
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("\" onload=\"x"))
        }
    }

    @Test func rawHTMLIsOmittedUnlessTheSiteAllowsIt() async throws {
        let body = "---\ntitle: t\n---\n<div class=\"x\">raw</div>\n"
        let safe = try TemporarySite(["content/x.md": body])
        defer { safe.remove() }
        try await safe.build()
        #expect(!(try safe.read("output/articles/x/index.html")).contains("<div class=\"x\">"))

        let unsafe = try TemporarySite(["stele.yml": "unsafe: true\n", "content/x.md": body])
        defer { unsafe.remove() }
        try await unsafe.build()
        #expect(try unsafe.read("output/articles/x/index.html").contains("<div class=\"x\">raw</div>"))
    }

    @Test func paramsReachTemplates() async throws {
        let site = try TemporarySite([
            "stele.yml": "title: 报道选\n",
            "content/x.md": "---\ntitle: t\nseries: 奋斗百年路\nplace: 北京\n---\nText.\n",
            "templates/article.mustache": "{{page.params.series}}|{{page.params.place}}|{{page.params.missing}}|{{site.title}}",
        ])
        defer { site.remove() }
        try await site.build()
        #expect(try site.read("output/articles/x/index.html") == "奋斗百年路|北京||报道选")
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let site = try TemporarySite([
            "stele.yml": "title: 示例\n",
            "content/a.md": Self.article,
            "content/b.md": "---\ntitle: B\ndate: 2022-10-09\n---\nB.\n",
            "content/c.md": "---\ntitle: C\ndate: 2022-10-09\n---\nC.\n",
        ])
        defer { site.remove() }
        try await site.build()
        let first = try site.tree()
        try await site.build()
        #expect(try site.tree() == first)
    }

    /// `stele build` lets the word tables go after its analysis; the words it finds must not change,
    /// and a later build in the same process reads the tables again.
    @Test func aBuilderThatLetsTheWordTablesGoBuildsTheSameBytes() async throws {
        let site = try TemporarySite(["stele.yml": "title: 示例\n", "content/a.md": Self.article])
        defer { site.remove() }
        try await site.build()
        let kept = try site.tree()
        var builder = SiteBuilder(siteDirectory: site.root)
        builder.keepsWordTables = false
        for _ in 0..<2 {
            try await builder.build(into: OutputDirectory(url: site.output, siteDirectory: site.root))
            #expect(try site.tree() == kept)
        }
    }

    @Test func baseURLPathPrefixesLinks() async throws {
        let site = try TemporarySite(["content/a.md": Self.article])
        defer { site.remove() }
        try await site.build(baseURL: "https://example.org/docs/")
        let index = try site.read("output/index.html")
        #expect(index.contains("href=\"/docs/articles/a/\""))
        #expect(index.contains("href=\"/docs/static/style.css\""))
        #expect(try site.read("output/articles/a/index.html")
            .contains("<link rel=\"canonical\" href=\"https://example.org/docs/articles/a/\">"))
    }
}

@Suite struct BuildErrorTests {
    @Test func frontmatterErrorsNameFileLineAndColumnAndKeepTheOldOutput() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: ok\n---\nText.\n"])
        defer { site.remove() }
        try await site.build()
        let before = try site.tree()

        try site.write("content/a.md", "---\ntitle: ok\ndate: [oops\n---\nText.\n")
        try site.write("content/b.md", "---\ndraft: perhaps\n---\n")
        let message = await errorText { try await site.build() }
        // Reported where the unclosed `[` opens, not where the parser noticed it.
        #expect(message?.contains("content/a.md:3:7: invalid YAML in frontmatter") == true, "\(message ?? "")")
        #expect(message?.contains("content/b.md:2:8: 'draft' must be true or false") == true)
        #expect(try site.tree() == before)
    }

    @Test func aNulByteIsBinaryDataNotATruncatedPage() async throws {
        let site = try TemporarySite(["content/ok.md": "fine\n"])
        defer { site.remove() }
        try site.write("content/bad.md", Data("---\ntitle: T\n---\nline one\nline".utf8) + Data([0]) + Data(" two\n".utf8))
        let message = await errorText { try await site.build() }
        #expect(message == "content/bad.md:5: binary data (a NUL byte), not text")
        #expect(!site.exists("output"))
    }

    @Test func aMistypedOrEmptyFolderIsNoSite() async throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("stele-no-such-\(UUID().uuidString)")
        let noSuch = await errorText { _ = try await SiteBuilder(siteDirectory: missing).build() }
        #expect(noSuch == "\(missing.path): no such folder")
        #expect(!FileManager.default.fileExists(atPath: missing.path), "nothing is created for it")
        let empty = try TemporarySite()
        defer { empty.remove() }
        let message = await errorText { try await empty.build() }
        #expect(message?.hasSuffix("neither stele.yml nor a content/ folder is here: is this the site's folder?") == true)
    }

    @Test func anAliasBombInFrontmatterIsRefusedAtOnce() async throws {
        var lines = ["---", "title: T", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let site = try TemporarySite(["content/bomb.md": (lines + ["---", "Text."]).joined(separator: "\n")])
        defer { site.remove() }
        let message = await errorText { try await site.build() }
        #expect(message?.hasPrefix("content/bomb.md:2:1: invalid YAML in frontmatter: it expands to more than 100000 values") == true,
                "\(message ?? "")")
    }

    @Test func invalidUTF8NamesTheFileAndLine() async throws {
        let site = try TemporarySite(["content/ok.md": "fine\n"])
        defer { site.remove() }
        try site.write("content/bad.md", Data("line one\nline \u{4E2D}".utf8) + Data([0xFF, 0xFE, 0x0A]))
        let message = await errorText { try await site.build() }
        #expect(message == "content/bad.md:2: file is not valid UTF-8 (convert it, or bring it in with `stele import`)")
        #expect(!site.exists("output"))
    }

    @Test func slugsThatWouldEscapeTheOutputAreRefused() async throws {
        for slug in ["../evil", "/etc", "a/b", "..", "a\\\\b"] {
            let site = try TemporarySite(["content/a.md": "---\ntitle: t\nslug: \"\(slug)\"\n---\n"])
            defer { site.remove() }
            let message = await errorText { try await site.build() }
            #expect(message?.hasPrefix("content/a.md:3: slug ") == true, "slug \(slug): \(message ?? "built")")
            #expect(!site.exists("output"))
            #expect(!site.exists("evil"))
        }
    }

    @Test func twoPagesOnOneURLNameBothFiles() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\nslug: same\n---\n",
            "content/same.md": "---\ntitle: B\n---\n",
        ])
        defer { site.remove() }
        let message = await errorText { try await site.build() }
        #expect(message == """
            content/a.md: this page and content/same.md would all be written to /articles/same/; give each its own slug
            content/same.md: this page and content/a.md would all be written to /articles/same/; give each its own slug
            """)
    }

    @Test func templateSyntaxErrorsNameTemplateAndLine() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\n---\n",
            "templates/article.mustache": "<h1>{{page.title}}</h1>\n{{#page.toc}}\n<li>{{text}}</li>\n{{/page.tocs}}\n",
        ])
        defer { site.remove() }
        let message = await errorText { try await site.build() }
        #expect(message?.hasPrefix("templates/article.mustache:4:") == true, "\(message ?? "built")")
        #expect(message?.contains("closing tag does not match") == true)
    }

    @Test func unknownTemplateVariablesRenderAsNothing() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\n---\n",
            "templates/article.mustache": "[{{page.nope}}{{#nothing}}x{{/nothing}}{{nope.deeper.still}}]",
        ])
        defer { site.remove() }
        try await site.build()
        #expect(try site.read("output/articles/a/index.html") == "[]")
    }
}
