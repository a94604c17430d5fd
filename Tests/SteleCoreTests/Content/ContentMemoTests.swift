import Foundation
import Testing
@testable import SteleContent

/// `stele serve` parses again only the content files that changed since its last build.
@Suite struct ContentMemoTests {
    private static let files = [
        "content/a.md": "---\ntitle: 渡口\n---\n\n青石镇渡口恢复通航。\n",
        "content/b.md": "---\ntitle: 书屋\n---\n\n柳河县建成农家书屋。\n",
    ]

    private func titles(_ results: [Result<Page, ContentError>]) throws -> [String] {
        try results.map { try $0.get().frontmatter.title }
    }

    @Test("unchanged files are taken from the memo; an edited, a named or a new file is parsed; a removed one is forgotten")
    func parsesOnlyWhatChanged() async throws {
        let site = try TemporarySite(Self.files)
        defer { site.remove() }
        let loader = ContentLoader(siteDirectory: site.root)
        let memo = ContentMemo()
        #expect(try titles(await loader.load(memo: memo)) == ["渡口", "书屋"])
        #expect(memo.lastLoad == ContentMemo.Report(reused: 0, parsed: 2))

        #expect(try titles(await loader.load(memo: memo)) == ["渡口", "书屋"])
        #expect(memo.lastLoad == ContentMemo.Report(reused: 2, parsed: 0))

        try site.write("content/b.md", "---\ntitle: 新书屋\n---\n\n柳河县建成农家书屋。\n")
        #expect(try titles(await loader.load(memo: memo)) == ["渡口", "新书屋"])
        #expect(memo.lastLoad == ContentMemo.Report(reused: 1, parsed: 1))

        memo.forget(["content/a.md"])
        _ = await loader.load(memo: memo)
        #expect(memo.lastLoad == ContentMemo.Report(reused: 1, parsed: 1))

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/a.md"))
        try site.write("content/c.md", "---\ntitle: 港口\n---\n\n港口吞吐量增长。\n")
        #expect(try titles(await loader.load(memo: memo)) == ["新书屋", "港口"])
        #expect(memo.lastLoad == ContentMemo.Report(reused: 1, parsed: 1))
    }

    @Test("a file that fails to parse is not kept: it is read again, and its error reported again")
    func errorsAreNotKept() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: [渡口\n---\n\n正文。\n"])
        defer { site.remove() }
        let loader = ContentLoader(siteDirectory: site.root)
        let memo = ContentMemo()
        for _ in 0..<2 {
            let results = await loader.load(memo: memo)
            #expect(results.count == 1)
            #expect((try? results[0].get()) == nil)
            #expect(memo.lastLoad == ContentMemo.Report(reused: 0, parsed: 1))
        }
    }
}
