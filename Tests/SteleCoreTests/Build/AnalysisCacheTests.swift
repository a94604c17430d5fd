import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleSite

/// `stele serve` keeps each article's analysis between builds: an edit re-analyses only what it changed,
/// and the site it builds is the one a fresh build makes.
@Suite struct AnalysisCacheTests {
    private static let articles = [
        "content/a.md": "---\ntitle: 渡口\ndate: 2023-05-02\n---\n\n2021年3月，青石镇渡口恢复通航，每天运送乘客1200人次。\n",
        "content/b.md": "---\ntitle: 书屋\ndate: 2023-04-01\n---\n\n2022年，柳河县建成农家书屋36个，李明远说，书屋是大家的。\n",
        "content/c.md": "---\ntitle: 港口\ndate: 2023-03-01\n---\n\n2020年12月，海阳市港口吞吐量达到3.5亿吨。\n",
    ]

    private func builder(_ site: TemporarySite, cache: AnalysisCache?) -> SiteBuilder {
        var builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        builder.analysisCache = cache
        return builder
    }

    private func bytes(_ site: BuiltSite) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.contents) })
    }

    @Test func anUnchangedSiteIsAnalysedOnce() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let cache = AnalysisCache()
        _ = try await builder(site, cache: cache).build()
        #expect(cache.lastBuild.reused == 0 && cache.lastBuild.analysed == 3)
        _ = try await builder(site, cache: cache).build()
        #expect(cache.lastBuild.reused == 3 && cache.lastBuild.analysed == 0)
    }

    @Test func anEditReanalysesOnlyItsArticleAndBuildsWhatAFreshBuildBuilds() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let cache = AnalysisCache()
        _ = try await builder(site, cache: cache).build()
        // A new article dated before the others moves no one; one dated first moves every article's place.
        try site.write("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\n---\n\n2019年，柳河县建成农家书屋40个。\n")
        try site.write("content/d.md", "---\ntitle: 新闻\ndate: 2023-06-01\n---\n\n2018年5月，白沙乡通了公交车。\n")
        let cached = try await builder(site, cache: cache).build()
        #expect(cache.lastBuild.reused == 2 && cache.lastBuild.analysed == 2)
        let fresh = try await builder(site, cache: nil).build()
        #expect(bytes(cached) == bytes(fresh))
        #expect(cached.files.contains { $0.path == "timeline/index.html" && String(decoding: $0.contents, as: UTF8.self).contains("2019") })
    }

    @Test func otherWordsMeanAFreshAnalysis() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let cache = AnalysisCache()
        _ = try await builder(site, cache: cache).build()
        try site.write("words.txt", "青石镇渡口 5 ns\n")
        let cached = try await builder(site, cache: cache).build()
        #expect(cache.lastBuild.reused == 0)
        #expect(bytes(cached) == bytes(try await builder(site, cache: nil).build()))
    }
}
