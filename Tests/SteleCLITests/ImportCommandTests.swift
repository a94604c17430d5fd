import Foundation
import Testing

@Suite struct ImportCommandTests {
    static let article = """
        扎根基层的好干部

        新华社记者 张三

        2019年，中央组织部印发考核办法。各级党委树立大抓基

        层的鲜明导向，扎实推进基层党建。（新华社北京5月4日电）
        """

    @Test func theReportIsOneLinePerFileWarningsFirst() throws {
        let warned = Self.article.replacingOccurrences(of: "（新华社北京5月4日电）", with: "")
        let folder = try makeScratchFolder(["raw/a.txt": Self.article, "raw/b.txt": warned])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SteleProcess.run(["import", "raw/a.txt", "raw/b.txt", "--to", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("raw/b.txt:1: warning: article \"扎根基层的好干部\" has no dateline") == true, "\(lines)")
        #expect(lines.contains("raw/a.txt: 1 article, 1 repair, 0 warnings"), "\(lines)")
        #expect(lines.last == "Imported 2 articles from 2 files.")
        #expect(!result.stdout.contains("joined page break"), "repairs are counted, not listed")
    }

    @Test func verboseListsEveryRepairAndFile() throws {
        let folder = try makeScratchFolder(["raw/a.txt": Self.article])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SteleProcess.run(["import", "--verbose", "raw/a.txt"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("raw/a.txt:5: joined page break with line 7"), "\(result.stdout)")
        #expect(result.stdout.contains("wrote content/"))
        #expect(result.stdout.contains("Imported 1 article from 1 file."))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path)
        #expect(written.count == 1)
        let markdown = try String(contentsOf: folder.appendingPathComponent("content/\(written[0])"), encoding: .utf8)
        #expect(markdown.contains("title: 扎根基层的好干部"))
        #expect(markdown.contains("各级党委树立大抓基层的鲜明导向"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let folder = try makeScratchFolder(["a.txt": Self.article])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SteleProcess.run(["import", "--quiet", "a.txt", "--to", "out"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func aBadFileFailsNamingItAndWritesNothingForIt() throws {
        let folder = try makeScratchFolder(["good.txt": Self.article, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SteleProcess.run(["import", "empty.txt", "good.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: empty.txt"), "\(result.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content").path)
        #expect(written.count == 1, "the good file is still imported")
    }

    @Test func keepsAnEditedFileUnlessForced() throws {
        let folder = try makeScratchFolder(["a.txt": Self.article])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SteleProcess.run(["import", "a.txt"], in: folder).status == 0)
        let content = folder.appendingPathComponent("content")
        let file = content.appendingPathComponent(try FileManager.default.contentsOfDirectory(atPath: content.path)[0])
        try Data("edited by hand\n".utf8).write(to: file)

        let kept = try SteleProcess.run(["import", "a.txt"], in: folder)
        #expect(kept.status == 1)
        #expect(kept.stderr.contains("exists and differs from the import: not overwritten (use --force)"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by hand\n")

        let forced = try SteleProcess.run(["import", "--force", "a.txt"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("title: 扎根基层的好干部"))
    }
}
