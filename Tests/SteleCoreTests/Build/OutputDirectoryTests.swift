import Foundation
import Testing
@testable import StelePages
@testable import SteleSite

@Suite struct OutputDirectoryTests {
    @Test func refusesFoldersItDidNotWrite() throws {
        let site = try TemporarySite(["output/precious.txt": "keep me", "content/a.md": "x"])
        defer { site.remove() }
        #expect(throws: OutputError.self) { try OutputDirectory(url: site.output, siteDirectory: site.root) }
        #expect(try site.read("output/precious.txt") == "keep me")
    }

    @Test func refusesTheSiteFolderItsParentsRootAndHome() throws {
        let site = try TemporarySite(["content/a.md": "x"])
        defer { site.remove() }
        let home = FileManager.default.homeDirectoryForCurrentUser
        for folder in [site.root, site.root.deletingLastPathComponent(), URL(fileURLWithPath: "/"), home] {
            #expect(throws: OutputError.self, "\(folder.path)") {
                try OutputDirectory(url: folder, siteDirectory: site.root)
            }
        }
    }

    @Test func acceptsAnEmptyOrMissingFolderAndItsOwnOutput() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        _ = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try await site.build()
        #expect(site.exists("output/\(OutputDirectory.markerName)"))
        _ = try OutputDirectory(url: site.output, siteDirectory: site.root)
    }

    @Test func replacesTheWholeFolderAndLeavesNoStagingBehind() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "old.html", text: "old"), OutputFile(path: "a/b.html", text: "b")])
        try output.replace(with: [OutputFile(path: "new.html", text: "new")])
        #expect(try site.tree().keys.sorted() == [OutputDirectory.markerName, "new.html"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(leftovers == ["output"])
    }

    @Test func aFailedWriteKeepsThePreviousOutput() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "index.html", text: "good")])
        // A file and a folder at one path cannot both be written: the second write fails mid-way.
        #expect(throws: OutputError.self) {
            try output.replace(with: [OutputFile(path: "x", text: "file"), OutputFile(path: "x/y", text: "nested")])
        }
        #expect(try site.read("output/index.html") == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["output"])
    }

    /// An unchanged file is the earlier build's file, linked (the same inode, its time kept); a changed
    /// one, or one edited by hand in the output, is written anew with the build's bytes.
    @Test func unchangedFilesAreKeptAndChangedOnesWritten() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "same.html", text: "same"), OutputFile(path: "a/changed.html", text: "one"),
                                  OutputFile(path: "edited.html", text: "built")])
        let before = try inodes(in: site.output)
        try "edited by hand".write(to: site.output.appendingPathComponent("edited.html"), atomically: false, encoding: .utf8)
        try output.replace(with: [OutputFile(path: "same.html", text: "same"), OutputFile(path: "a/changed.html", text: "two"),
                                  OutputFile(path: "edited.html", text: "built")])
        let after = try inodes(in: site.output)
        #expect(after["same.html"] == before["same.html"])
        #expect(after["a/changed.html"] != before["a/changed.html"])
        #expect(try site.read("output/a/changed.html") == "two")
        #expect(try site.read("output/edited.html") == "built")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["output"])
        let links = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent("same.html").path)
        #expect(links[.referenceCount] as? Int == 1, "the old output is gone, and its links with it")
    }

    private func inodes(in folder: URL) throws -> [String: Int] {
        var inodes: [String: Int] = [:]
        for path in ["same.html", "a/changed.html", "edited.html"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            inodes[path] = attributes[.systemFileNumber] as? Int
        }
        return inodes
    }
}

/// `stele build` writes pages into the staging folder as it renders them, holding none of them after,
/// and writes the same files an in-memory build makes.
@Suite struct StreamedBuildTests {
    private static let articles = (1...300).reduce(into: ["stele.yml": "title: 县报\nlanguage: zh\n"]) { files, number in
        files["content/a\(number).md"] = "---\ntitle: 第\(number)篇\ndate: 2023-05-02\ntags: [渡口, 第\(number % 4)组]\n---\n\n2021年3月，渡口运送乘客\(number)人次。\n"
    }

    @Test func aBuildIntoTheOutputHoldsNoFilesAndWritesWhatAnInMemoryBuildMakes() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        let streamed = try await builder.build(into: try OutputDirectory(url: site.output, siteDirectory: site.root))
        #expect(streamed.files.isEmpty)
        let inMemory = try await builder.build()
        // More pages than one batch, so several batches went into the staging folder.
        #expect(inMemory.files.count > ProducedFiles.batchSize)
        #expect(streamed.fileCount == inMemory.files.count)
        #expect(streamed.byteCount == inMemory.files.reduce(0) { $0 + $1.contents.count })
        var expected = Dictionary(uniqueKeysWithValues: inMemory.files.map { ($0.path, $0.contents) })
        expected[OutputDirectory.markerName] = Data(OutputDirectory.markerText.utf8)
        #expect(try site.tree() == expected)
        #expect(expected.keys.contains("tags/du-kou/index.html"))
        // Written as they were made, the pages did not keep the articles' HTML and text to the end of
        // the build (the tag index holds places, not copies of the pages); a site built in memory keeps them.
        #expect(streamed.pages.allSatisfy { $0.markdown.html.isEmpty && $0.markdown.paragraphs.isEmpty })
        #expect(inMemory.pages.allSatisfy { $0.markdown.html.contains("渡口运送乘客") })
        #expect(inMemory.pages.allSatisfy { $0.markdown.paragraphs.contains { $0.text.contains("渡口运送乘客") } })
        #expect(streamed.context?.analysis.tags.tags.map(\.pages.count).reduce(0, +) == 600)
    }

    /// Written as they are made, the article pages (which show the articles' HTML) and search (which
    /// reads their text) go first, so that both can be let go early; the statistics, whose stats.json
    /// takes one core longest, next; every producer still runs once.
    @Test func producersReadingTheArticlesGoFirst() {
        let producers = SiteBuilder.producers
        let order = SiteBuilder.readingOrder(producers)
        #expect(order.sorted() == Array(producers.indices))
        #expect(producers[order[0]] is ArticlePages)
        #expect(producers[order[1]] is SearchPage)
        #expect(producers[order[2]] is StatisticsPage)
        #expect(order.dropFirst(2).allSatisfy { producers[$0].readsArticles.isEmpty })
        #expect(order.dropFirst(3).allSatisfy { !producers[$0].streamsLongFile })
    }

    /// stats.json is written as its bytes are made (`StreamedFile`): like any other file, it is the
    /// earlier build's when its bytes are the same, so a deploy that compares times leaves it alone.
    @Test func aFileWrittenAsItIsMadeIsKeptWhenUnchangedAndWrittenWhenChanged() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        let inode = { try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent("stats.json").path)[.systemFileNumber] as? Int }
        try await builder.build(into: output)
        let first = try inode()
        try await builder.build(into: output)
        #expect(try inode() == first)
        try "---\ntitle: 第1篇\ndate: 2023-05-02\n---\n\n2022年4月，渡口运送乘客9999人次。\n"
            .write(to: site.root.appendingPathComponent("content/a1.md"), atomically: true, encoding: .utf8)
        try await builder.build(into: output)
        #expect(try inode() != first)
        let written = try site.read("output/stats.json")
        #expect(written.contains("9999"))
        let inMemory = try #require(try await builder.build().files.first { $0.path == "stats.json" })
        #expect(Data(written.utf8) == inMemory.contents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["content", "output", "stele.yml"])
    }

    @Test func theRenderMemoKeepsEveryBatchOfABuild() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        var builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        builder.renderMemo = RenderMemo()
        let first = try await builder.build()
        let pages = first.pagesByTemplate.values.reduce(0, +)
        #expect(pages > ProducedFiles.batchSize)
        let second = try await builder.build()
        #expect(builder.renderMemo?.lastBuild == RenderMemo.Report(rendered: [], reused: pages))
        #expect(second.files.map(\.contents) == first.files.map(\.contents))
    }

    @Test func anErrorAfterTheStagingFolderWasMadeLeavesTheOutputAsItWas() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        try await site.build()
        let before = try site.tree()
        // Found by the analysis, after the staging folder was made.
        try site.write("content/a1.md", "---\ntitle: 第1篇\nevents: 5\n---\n\n正文。\n")
        await #expect(throws: BuildError.self) { try await site.build() }
        #expect(try site.tree() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
            == [".stele-cache", "content", "output", "stele.yml"].filter { site.exists($0) })
    }

    @Test func aWriteThatFailsAfterSomeBatchesLeavesTheOutputAsItWas() async throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "index.html", text: "good")])
        let staged = try output.stage()
        var produced = ProducedFiles(renderer: PageRenderer(theme: try Theme.defaultTheme()), staged: staged)
        let first = (0..<ProducedFiles.batchSize).map { PageOutput.file(OutputFile(path: "p\($0).html", text: "\($0)")) }
        try await produced.add(first)
        // A file and a folder at one path cannot both be written: this batch fails mid-way.
        await #expect(throws: BuildError.self) {
            try await produced.add([.file(OutputFile(path: "x", text: "file")), .file(OutputFile(path: "x/y", text: "nested"))])
        }
        staged.discard()
        #expect(try site.tree().keys.sorted() == [OutputDirectory.markerName, "index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["output"])
    }
}
