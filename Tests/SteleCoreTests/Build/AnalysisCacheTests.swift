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

    // MARK: On disk (`stele build`)

    private func diskBuilder(_ site: TemporarySite) -> SiteBuilder {
        var builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        builder.keepAnalysis(onDisk: true)
        return builder
    }

    private func storedEntries(_ site: TemporarySite) throws -> [String] {
        let folder = AnalysisStore(siteDirectory: site.root).folder
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aBuildReadsWhatTheBuildBeforeStoredAndWritesTheSameBytes() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let first = diskBuilder(site)
        let cold = try await first.build()
        #expect(first.analysisCache?.lastBuild.analysed == 3)
        #expect(try storedEntries(site).count == 3)
        // A new process: nothing in memory, everything on disk.
        let second = diskBuilder(site)
        let warm = try await second.build()
        #expect(second.analysisCache?.lastBuild.reused == 3 && second.analysisCache?.lastBuild.analysed == 0)
        let fresh = try await builder(site, cache: nil).build()
        #expect(bytes(warm) == bytes(fresh) && bytes(cold) == bytes(fresh))
    }

    @Test func aChangedArticleIsAnalysedAgainAndItsOldEntryRemoved() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        _ = try await diskBuilder(site).build()
        let before = try storedEntries(site)
        try site.write("content/c.md", "---\ntitle: 港口\ndate: 2023-03-01\n---\n\n2017年8月，海阳市新建泊位4个。\n")
        let builder = diskBuilder(site)
        let built = try await builder.build()
        #expect(builder.analysisCache?.lastBuild.reused == 2 && builder.analysisCache?.lastBuild.analysed == 1)
        let after = try storedEntries(site)
        #expect(after.count == 3 && Set(after).intersection(before).count == 2)
        #expect(bytes(built) == bytes(try await self.builder(site, cache: nil).build()))
    }

    @Test func theEntriesOfAnOlderFormatAreRemovedAndNothingElse() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let cache = site.root.appendingPathComponent(AnalysisStore.folderName)
        try site.write("\(AnalysisStore.folderName)/analysis-1/0123abcd.json", "{}")
        try site.write("\(AnalysisStore.folderName)/other/0123abcd.json", "{}")
        _ = try await diskBuilder(site).build()
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent("analysis-1").path))
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("other/0123abcd.json").path))
        #expect(try storedEntries(site).count == 3)
    }

    @Test func aDamagedOrDeletedCacheIsOnlyTimeLost() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let fresh = bytes(try await builder(site, cache: nil).build())
        _ = try await diskBuilder(site).build()
        let folder = AnalysisStore(siteDirectory: site.root).folder
        for name in try storedEntries(site) {
            try Data("{\"key\": tru".utf8).write(to: folder.appendingPathComponent(name))
        }
        let damaged = diskBuilder(site)
        #expect(bytes(try await damaged.build()) == fresh)
        #expect(damaged.analysisCache?.lastBuild.analysed == 3)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(AnalysisStore.folderName))
        #expect(bytes(try await diskBuilder(site).build()) == fresh)
    }
}
