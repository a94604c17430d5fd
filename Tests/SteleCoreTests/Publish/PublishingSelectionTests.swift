import Foundation
import Testing
@testable import StelePages
@testable import SteleSite
@testable import SteleText

/// Drafts and future pages, "now", and reading page dates as instants.
@Suite struct PublishingSelectionTests {
    @Test func draftsAndFuturePagesStayOutByDefault() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        #expect(!site.paths.contains("articles/draft/index.html"))
        #expect(!site.paths.contains("articles/future/index.html"))
        #expect(Set(site.unpublished) == ["content/draft.md", "content/future.md"])
        let searchFiles = site.paths.filter { $0.hasPrefix("search/") }.sorted()
        for path in ["index.html", "page/2/index.html", "feed.xml", "sitemap.xml"] + searchFiles {
            let text = try #require(site.text(path))
            #expect(!text.contains("草稿") && !text.contains("未来"), "\(path)")
        }
    }

    @Test func draftsAndFutureFlagsPublishThem() async throws {
        let drafts = try await Fixture.build("Publish/site-under-sub-path", drafts: true)
        #expect(drafts.paths.contains("articles/draft/index.html"))
        #expect(!drafts.paths.contains("articles/future/index.html"))
        #expect(drafts.paths.contains("tags/cao-gao-biao-qian/index.html"))
        let future = try await Fixture.build("Publish/site-under-sub-path", future: true)
        #expect(future.paths.contains("articles/future/index.html"))
        #expect(!future.paths.contains("articles/draft/index.html"))
    }

    @Test func theFutureIsMeasuredFromNowIncludingTheTimeOfDay() async throws {
        let site = try TemporarySite([
            "content/morning.md": "---\ntitle: M\ndate: 2024-01-01T08:00:00+08:00\n---\n",
            "content/evening.md": "---\ntitle: E\ndate: 2024-01-01T20:00:00+08:00\n---\n",
            "content/today.md": "---\ntitle: T\ndate: 2024-01-01\n---\n",
        ])
        defer { site.remove() }
        // 2024-01-01T02:00:00Z is 10:00 in Beijing: the morning page is out, the evening one not yet.
        let now = Date(timeIntervalSince1970: 1_704_074_400)
        let built = try await SiteBuilder(siteDirectory: site.root, now: now).build()
        #expect(Set(built.pages.map(\.page.slug)) == ["morning", "today"])
    }

    @Test func sourceDateEpochIsNow() throws {
        #expect(try BuildClock.now(environment: ["SOURCE_DATE_EPOCH": "1704067200"]) == Fixture.now)
        #expect(throws: BuildClock.InvalidEpoch.self) { try BuildClock.now(environment: ["SOURCE_DATE_EPOCH": "yesterday"]) }
        let message = (try? BuildClock.now(environment: ["SOURCE_DATE_EPOCH": "x"])).map { _ in "" }
            ?? BuildClock.InvalidEpoch(value: "x").description
        #expect(message == "SOURCE_DATE_EPOCH='x' is not a whole number of seconds since 1970-01-01")
    }

    @Test(arguments: [
        ("2022-10-09", "2022-10-09T00:00:00Z", 1_665_273_600),
        ("2022-10-09T08:30:00+08:00", "2022-10-09T08:30:00+08:00", 1_665_275_400),
        ("2022-10-09 08:30", "2022-10-09T08:30:00Z", 1_665_304_200),
        ("2022-10-09T08:30:15.5Z", "2022-10-09T08:30:15Z", 1_665_304_215),
        ("2000-02-29T23:59:59-0130", "2000-02-29T23:59:59-01:30", 951_874_199),
        ("1969-12-31", "1969-12-31T00:00:00Z", -86_400),
    ])
    func pageDatesAreInstants(text: String, rfc3339: String, seconds: Int) throws {
        let timestamp = Timestamp(try #require(PageDate(text)))
        #expect(timestamp.rfc3339 == rfc3339)
        #expect(timestamp.secondsSince1970 == seconds)
    }

    @Test func nowPrintsAsUTC() {
        #expect(Timestamp(Fixture.now).rfc3339 == "2024-01-01T00:00:00Z")
        #expect(Timestamp(Date(timeIntervalSince1970: 951_827_696)).rfc3339 == "2000-02-29T12:34:56Z")
    }
}
