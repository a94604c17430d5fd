import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func aNewSiteBuildsAtOnce() throws {
        let folder = try makeScratchFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try SteleProcess.run(["init", "报道站"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let site = folder.appendingPathComponent("报道站")
        for path in ["stele.yml", ".gitignore", "content/di-yi-pian.md", "sources"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
        let config = try String(contentsOf: site.appendingPathComponent("stele.yml"), encoding: .utf8)
        #expect(config.contains("title: \"报道站\"") && config.contains("language: zh-CN"))
        #expect(config.contains("# baseURL:") && config.contains("# paginate:") && config.contains("# stopwords:"))
        #expect(try String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8).contains("output/"))

        let built = try SteleProcess.run(["build", "报道站"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.isEmpty, "no warnings or notes for a fresh site: \(built.stderr)")
        let index = try String(contentsOf: site.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(index.contains("lang=\"zh-CN\"") && index.contains("第一篇文章"))
    }

    @Test func initWritesNothingOverAnExistingSite() throws {
        let site = try makeScratchFolder(["stele.yml": "title: Mine\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["init", "--language", "en"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("already has stele.yml"), "\(result.stderr)")
        #expect(try String(contentsOf: site.appendingPathComponent("stele.yml"), encoding: .utf8) == "title: Mine\n")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("content").path))
    }

    @Test func anEnglishSiteGetsAnEnglishSample() throws {
        let folder = try makeScratchFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SteleProcess.run(["init", "notes", "--language", "en"], in: folder).status == 0)
        let sample = try String(contentsOf: folder.appendingPathComponent("notes/content/first-article.md"), encoding: .utf8)
        #expect(sample.contains("title: First article"))
    }

    @Test func withoutSteleYmlTheTitleAndLanguageAreGuessedWithANote() throws {
        let folder = try makeScratchFolder(["县志/content/a.md": "---\ntitle: 修路\n---\n村里修通了公路，全长十二公里。\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SteleProcess.run(["build", "县志"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: no stele.yml: title \"县志\" from the folder name, language zh-CN from the articles"))
        let index = try String(contentsOf: folder.appendingPathComponent("县志/output/index.html"), encoding: .utf8)
        #expect(index.contains("lang=\"zh-CN\""))
        #expect(index.contains("<title>县志"))
    }

    @Test func versionNamesSteleCmarkAndICU() throws {
        let result = try SteleProcess.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        let pattern = /stele \d+\.\d+\.\d+ \(cmark \d+\.\d+\.\d+, ICU \d+\.\d+(\.\d+)?\)\n/
        #expect(result.stdout.wholeMatch(of: pattern) != nil, "\(result.stdout)")
    }
}
