import Foundation
import Testing
@testable import SteleContent
@testable import SteleImport

@Suite struct ImporterTests {
    func fixturePaths(_ names: String...) throws -> [String] {
        try names.map { try ImportFixtures.folder.appendingPathComponent($0).path }
    }

    func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesOneFilePerArticle() throws {
        let folder = try ImportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = Importer(destination: folder.path).run(try fixturePaths("several-articles.txt", "swapped-halves.txt"))
        #expect(outcome.succeeded)
        #expect(outcome.articleCount == 4)
        #expect(try files(in: folder) == ["jian-qiang-zhan-dou-bao-lei.md", "lu-sheng-mei.md", "pan-cong-ming.md",
                                          "qiang-ji-gu-ben-zhu-bao-lei.md"])
        // What was written loads as content.
        let page = try ContentLoader(siteDirectory: folder.deletingLastPathComponent())
            .loadPage(folder.lastPathComponent + "/pan-cong-ming.md")
        #expect(page.frontmatter.title == "潘从明：十年磨剑 精益求精“金”")
        #expect(page.frontmatter.authors == ["李杰", "王小明"])
    }

    @Test func reimportIsByteIdenticalAndExistingFilesAreKept() throws {
        let folder = try ImportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try fixturePaths("page-break-joined.txt")
        let first = Importer(destination: folder.path).run(paths)
        let written = try #require(first.written.first)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: written))

        let again = Importer(destination: folder.path).run(paths)
        #expect(again.succeeded && again.written.isEmpty && again.unchanged == [written])
        #expect(try Data(contentsOf: URL(fileURLWithPath: written)) == bytes)

        try Data("edited by hand\n".utf8).write(to: URL(fileURLWithPath: written))
        let kept = Importer(destination: folder.path).run(paths)
        #expect(!kept.succeeded && kept.notOverwritten == [written])
        #expect(try String(contentsOfFile: written, encoding: .utf8) == "edited by hand\n")

        let forced = Importer(destination: folder.path, overwrite: true).run(paths)
        #expect(forced.succeeded && forced.written == [written])
        #expect(try Data(contentsOf: URL(fileURLWithPath: written)) == bytes)
    }

    @Test func badFilesWriteNothingAndOthersStillImport() throws {
        let folder = try ImportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = ["binary.bin", "empty.txt", "no-title.txt", "undecodable.txt", "title-only.txt"]
        let outcome = Importer(destination: folder.path).run(try fixturePaths("page-break-joined.txt") + bad.map {
            try ImportFixtures.folder.appendingPathComponent($0).path
        })
        #expect(!outcome.succeeded)
        #expect(outcome.errors.map { ($0.file as NSString).lastPathComponent }.sorted() == bad.sorted())
        #expect(outcome.errors.allSatisfy { $0.description.hasPrefix($0.file) })
        #expect(try files(in: folder) == ["zha-gen-ji-ceng-de-hao-gan-bu.md"])
    }

    @Test func onlyBadFilesLeaveNoFolderBehind() throws {
        let folder = try ImportFixtures.temporaryFolder().appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let outcome = Importer(destination: folder.path).run(try fixturePaths("binary.bin", "no-title.txt"))
        #expect(outcome.errors.count == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func missingFileIsAnError() {
        let outcome = Importer(destination: "/nonexistent").run(["/nonexistent/missing.txt"])
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.description.hasPrefix("/nonexistent/missing.txt: cannot read file") == true)
    }
}
