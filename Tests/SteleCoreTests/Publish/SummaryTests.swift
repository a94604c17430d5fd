import Foundation
import Testing
@testable import StelePages

/// An article's summary is its first sentence that says something about it (SummaryChooser).
@Suite struct SummaryTests {
    /// The summary shown for each article on the index, by title.
    func summaries(_ files: [String: String]) async throws -> [String: String] {
        let site = try TemporarySite(files.merging(["stele.yml": "title: T\n"]) { $1 })
        defer { site.remove() }
        try await site.build()
        let html = try site.read("output/index.html")
        var result: [String: String] = [:]
        for match in html.matches(of: /<h2><a href="[^"]*">([^<]*)<\/a><\/h2>[\s\S]*?<p class="summary">([^<]*)<\/p>/) {
            result[String(match.output.1)] = String(match.output.2)
        }
        return result
    }

    @Test func aSentenceTwoArticlesShareIsPassedOver() async throws {
        let summaries = try await summaries([
            "content/a.md": "---\ntitle: A\n---\n党的力量来自组织。严密的组织体系，是马克思主义政党的优势所在。\n",
            "content/b.md": "---\ntitle: B\n---\n党的力量来自组织。上下贯通、执行有力的组织体系，是我们党的独特优势。\n",
        ])
        #expect(summaries["A"] == "严密的组织体系，是马克思主义政党的优势所在。")
        #expect(summaries["B"] == "上下贯通、执行有力的组织体系，是我们党的独特优势。")
    }

    @Test func aShortSentenceIsPassedOverForALongerOne() async throws {
        let summaries = try await summaries([
            "content/a.md": "---\ntitle: A\n---\n春天来了。\n\n村里的合作社今年第一次给每户村民分了红，最多的一户拿到三千元。\n",
        ])
        #expect(summaries["A"] == "村里的合作社今年第一次给每户村民分了红，最多的一户拿到三千元。")
    }

    @Test func englishSentencesEndAtAFullStopAndASpace() async throws {
        let summaries = try await summaries([
            "content/a.md": "---\ntitle: A\n---\nBreaking news. The river rose two metres overnight and flooded the lower town.\n",
            "content/b.md": "---\ntitle: B\n---\nBreaking news. Parliament passed the budget after a night of debate on farm subsidies.\n",
        ])
        #expect(summaries["A"] == "The river rose two metres overnight and flooded the lower town.")
        #expect(summaries["B"] == "Parliament passed the budget after a night of debate on farm subsidies.")
    }

    @Test func withNothingBetterTheFirstUniqueThenTheFirstSentenceIsTaken() async throws {
        let summaries = try await summaries([
            "content/a.md": "---\ntitle: A\n---\n同一句话。很短。\n",
            "content/b.md": "---\ntitle: B\n---\n同一句话。\n",
        ])
        #expect(summaries["A"] == "很短。")
        #expect(summaries["B"] == "同一句话。")
    }

    @Test func theFrontmatterSummaryIsUsedAsWritten() async throws {
        let summaries = try await summaries([
            "content/a.md": "---\ntitle: A\nsummary: 写好的摘要。\n---\n党的力量来自组织。\n",
            "content/b.md": "---\ntitle: B\n---\n党的力量来自组织。\n",
        ])
        #expect(summaries["A"] == "写好的摘要。")
    }

    @Test func theExampleSiteShowsNoSummaryTwice() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content").path) where name.hasSuffix(".md") {
            files["content/" + name] = try String(contentsOf: root.appendingPathComponent("content/" + name), encoding: .utf8)
        }
        let summaries = try await summaries(files)
        #expect(summaries.count == files.count)
        #expect(Set(summaries.values).count == summaries.count, "\(summaries)")
        #expect(!summaries.values.contains("党的力量来自组织。"))
    }
}
