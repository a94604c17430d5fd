import Foundation
import Testing
import SteleContent
import StelePages
@testable import SteleSite

/// `stele serve` renders again only the Markdown that changed, and the site it builds is byte for byte
/// the one a fresh build makes.
@Suite struct MarkdownMemoTests {
    private static let articles = [
        "content/a.md": "---\ntitle: 渡口\ndate: 2023-05-02\n---\n\n青石镇渡口恢复通航，见[书屋](b.md)。\n",
        "content/b.md": "---\ntitle: 书屋\ndate: 2023-04-01\n---\n\n柳河县建成农家书屋36个。\n",
    ]

    private func builder(_ site: TemporarySite, memo: MarkdownMemo? = nil, contents: ContentMemo? = nil) -> SiteBuilder {
        var builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        builder.markdownMemo = memo
        builder.contentMemo = contents
        return builder
    }

    private func bytes(_ site: BuiltSite) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.contents) })
    }

    private func html(of source: String, in site: BuiltSite) throws -> String {
        try #require(site.pages.first { $0.page.source == source }).markdown.html
    }

    @Test("an unchanged page keeps its rendering; an edit, or a link's target moving, renders again")
    func rendersOnlyWhatChanged() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let memo = MarkdownMemo(), contents = ContentMemo()
        let first = try await builder(site, memo: memo, contents: contents).build()
        #expect(memo.pages(renderedWith: .init(allowsRawHTML: false, links: try #require(first.links))).count == 2)

        try site.write("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\n---\n\n柳河县建成农家书屋37个。\n")
        let edited = try await builder(site, memo: memo, contents: contents).build()
        #expect(try html(of: "content/b.md", in: edited).contains("37个"))
        #expect(memo.lastReused == 1, "a.md is taken as it was")
        #expect(bytes(edited) == bytes(try await builder(site).build()))

        // b.md moves to another address: a.md's link to it must follow.
        try site.write("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\nslug: shu-wu\n---\n\n柳河县建成农家书屋37个。\n")
        let moved = try await builder(site, memo: memo, contents: contents).build()
        #expect(try html(of: "content/a.md", in: moved).contains("href=\"/articles/shu-wu/\""))
        #expect(memo.lastReused == 0, "an address changed: every page is rendered again")
        #expect(bytes(moved) == bytes(try await builder(site).build()))
    }
}
