import Foundation
import Testing
@testable import SteleSite

/// feed.xml against RFC 4287 (Atom 1.0): parsed with namespaces, every element the RFC requires checked.
@Suite struct FeedTests {
    static let atom = "http://www.w3.org/2005/Atom"
    static let base = "https://example.org/docs/"

    func feed() async throws -> (ParsedXML, BuiltSite) {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let data = try #require(site.files.first { $0.path == "feed.xml" }?.contents)
        return (try ParsedXML.parse(data), site)
    }

    /// The one child `name` of `element`, which Atom allows exactly once.
    func single(_ name: String, of element: ParsedXML) throws -> ParsedXML {
        let found = element.children(name, in: Self.atom)
        #expect(found.count == 1, "exactly one atom:\(name) in atom:\(element.name)")
        return try #require(found.first)
    }

    func isRFC3339(_ text: String) -> Bool {
        text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
    }

    @Test func feedHasTheElementsAtomRequires() async throws {
        let (feed, _) = try await feed()
        #expect(feed.namespace == Self.atom && feed.name == "feed")
        #expect(try single("id", of: feed).text == Self.base)
        #expect(try single("title", of: feed).text == "基层党建报道")
        // Newest entry's date, not the build time.
        #expect(try single("updated", of: feed).text == "2022-10-09T00:00:00Z")
        let links = feed.children("link", in: Self.atom)
        #expect(links.contains { $0.attributes["rel"] == "self" && $0.attributes["href"] == Self.base + "feed.xml" })
        #expect(links.contains { $0.attributes["rel"] == "alternate" && $0.attributes["href"] == Self.base })
        // `author:` in stele.yml is the feed's author.
        #expect(try single("name", of: try single("author", of: feed)).text == "编辑部")
    }

    @Test func everyEntryHasIdTitleUpdatedAndAnAbsoluteLink() async throws {
        let (feed, site) = try await feed()
        let entries = feed.children("entry", in: Self.atom)
        #expect(entries.count == site.pages.count)
        var ids = Set<String>()
        for entry in entries {
            let id = try single("id", of: entry).text
            #expect(id.hasPrefix(Self.base), "absolute id under the base URL: \(id)")
            #expect(ids.insert(id).inserted, "ids are unique")
            #expect(!(try single("title", of: entry).text).isEmpty)
            #expect(isRFC3339(try single("updated", of: entry).text))
            for published in entry.children("published", in: Self.atom) { #expect(isRFC3339(published.text)) }
            let alternate = entry.children("link", in: Self.atom).filter { $0.attributes["rel"] == "alternate" }
            #expect(alternate.map { $0.attributes["href"] } == [id], "the permalink is the id")
            let path = String(id.dropFirst(Self.base.count)) + "index.html"
            #expect(site.paths.contains(path), "\(id) is a page of the site")
        }
    }

    @Test func entriesCarryDatesAuthorsTagsAndSummaries() async throws {
        let (feed, _) = try await feed()
        let entries = feed.children("entry", in: Self.atom)
        let titles = try entries.map { try single("title", of: $0).text }
        // Newest first; drafts and future pages are not published; the undated page comes last.
        #expect(titles == ["建强战斗堡垒 夯实执政之基", "锻造堪当重任的干部队伍", "组织建设综述",
                           "Grassroots & \"Party\" <Building>", "无日期的说明"])
        let first = try #require(entries.first)
        #expect(try single("published", of: first).text == "2022-10-09T00:00:00Z")
        #expect(first.children("author", in: Self.atom).map { $0.children("name", in: Self.atom).first?.text } == ["张三", "李四"])
        #expect(first.children("category", in: Self.atom).map { $0.attributes["term"] } == ["党建", "基层组织"])
        #expect(try single("summary", of: entries[1]).text == "干部队伍建设的十年。")
        // A time with an offset is kept as written.
        #expect(try single("updated", of: entries[3]).text == "2021-05-04T08:30:00+08:00")
        // An undated page takes the feed's date: Atom requires one.
        #expect(try single("updated", of: entries[4]).text == "2022-10-09T00:00:00Z")
    }

    @Test func aBaseURLWithoutHostGetsNoFeedAndPagesDoNotLinkOne() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path", baseURL: "/docs/")
        #expect(!site.paths.contains("feed.xml"))
        #expect(site.text("index.html")?.contains("application/atom+xml") == false)
        let hosted = try await Fixture.build("Publish/site-under-sub-path")
        #expect(hosted.text("index.html")?.contains(
            "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"基层党建报道\" href=\"https://example.org/docs/feed.xml\">") == true)
    }

    @Test func controlCharactersAndMarkupInTitlesStillGiveWellFormedXML() async throws {
        let site = try TemporarySite([
            "stele.yml": "baseURL: https://example.org/\n",
            "content/a.md": "---\ntitle: \"A \\u0001 <b>&amp; ]]>\"\ndate: 2022-01-01\n---\nText.\n",
        ])
        defer { site.remove() }
        let built = try await SiteBuilder(siteDirectory: site.root).build()
        let feed = try ParsedXML.parse(try #require(built.files.first { $0.path == "feed.xml" }?.contents))
        let entry = try #require(feed.children("entry", in: Self.atom).first)
        #expect(entry.children("title", in: Self.atom).first?.text == "A  <b>&amp; ]]>")
    }
}
