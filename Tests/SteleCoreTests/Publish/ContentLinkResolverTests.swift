import Foundation
import Testing
@testable import SteleContent
@testable import StelePages

@Suite struct ContentLinkResolverTests {
    static let resolver = ContentLinkResolver(
        pages: [("content/a.md", "articles/a/"), ("content/sub/b.md", "articles/b/"), ("content/其他.md", "articles/qi-ta/")],
        unpublished: ["content/draft.md"],
        urls: URLBuilder(config: { var config = SiteConfig(); config.baseURL = "https://example.org/docs/"; return config }()))

    @Test(arguments: [
        ("sub/b.md", "content/a.md", "/docs/articles/b/"),
        ("./sub/b.md#part", "content/a.md", "/docs/articles/b/#part"),
        ("../a.md#某一节", "content/sub/b.md", "/docs/articles/a/#某一节"),
        ("../../content/a.md", "content/sub/b.md", "/docs/articles/a/"),
        ("其他.md", "content/a.md", "/docs/articles/qi-ta/"),
        ("%E5%85%B6%E4%BB%96.md#x", "content/a.md", "/docs/articles/qi-ta/#x"),
        ("a.md?x=1", "content/a.md", "/docs/articles/a/"),
        ("a.md#", "content/a.md", "/docs/articles/a/"),
    ])
    func linksToContentFilesBecomePageURLs(destination: String, source: String, href: String) {
        #expect(Self.resolver.href(for: destination, from: source) == href)
    }

    @Test(arguments: ["https://example.com/a.md", "mailto:x@example.org", "/a.md", "#a.md", "a.html", "sub/",
                      "data:text/plain,a.md", ""])
    func otherLinksAreLeftAlone(destination: String) {
        #expect(Self.resolver.href(for: destination, from: "content/a.md") == nil)
        #expect(Self.resolver.resolve(destination, from: "content/a.md") == .notContent)
    }

    @Test func missingUnpublishedAndEscapingTargetsAreTold() {
        #expect(Self.resolver.resolve("nope.md", from: "content/a.md") == .missing(target: "content/nope.md"))
        #expect(Self.resolver.resolve("draft.md", from: "content/a.md") == .unpublished(target: "content/draft.md"))
        #expect(Self.resolver.resolve("../../../x.md", from: "content/a.md") == .missing(target: "../../../x.md"))
        #expect(Self.resolver.href(for: "nope.md", from: "content/a.md") == nil)
    }

    @Test func fragmentsArePercentDecodedForComparingWithIds() {
        #expect(Self.resolver.resolve("sub/b.md#%E6%9F%90", from: "content/a.md")
                == .page(source: "content/sub/b.md", path: "articles/b/", fragment: "某"))
    }

    @Test func renderedPagesLinkTheTargetPageAndHeadingUnderTheBasePath() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let page = try #require(site.text("articles/jian-qiang/index.html"))
        // cmark percent-encodes the fragment; browsers decode it to match the id.
        let encoded = "组织体系更加严密".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        #expect(page.contains("<a href=\"/docs/articles/zu-zhi/#\(encoded)\">组织建设</a>"))
        #expect(page.contains("<a href=\"/docs/articles/gan-bu/\">上一篇</a>"))
        let nested = try #require(site.text("articles/zu-zhi/index.html"))
        #expect(nested.contains("<a href=\"/docs/articles/gan-bu/#"))
        #expect(try #require(site.text("articles/zu-zhi/index.html")).contains("id=\"组织体系更加严密\""))
    }
}
