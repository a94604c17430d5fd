import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheSiteInTheCurrentFolder() throws {
        let site = try makeScratchFolder(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 1 article into"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/articles/a/index.html").path))
    }

    @Test func theAnalysisCacheIsKeptByBuildOnlyAndNeverChangesTheOutput() throws {
        let site = try makeScratchFolder(["content/a.md": "---\ntitle: A\ndate: 2023-05-02\n---\n2021年3月，渡口恢复通航，运送乘客1200人次。\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let cache = site.appendingPathComponent(".stele-cache")
        #expect(try SteleProcess.run(["check"], in: site).status == 0)
        #expect(try SteleProcess.run(["build", "--no-cache", "--output", "fresh"], in: site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: cache.path), "check and --no-cache write no cache")
        #expect(try SteleProcess.run(["build", "--output", "cold"], in: site).status == 0)
        #expect(try SteleProcess.run(["build", "--output", "warm"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: cache.path))
        #expect(FileManager.default.contentsEqual(atPath: site.appendingPathComponent("fresh").path,
                                                  andPath: site.appendingPathComponent("warm").path))
        #expect(FileManager.default.contentsEqual(atPath: site.appendingPathComponent("cold").path,
                                                  andPath: site.appendingPathComponent("warm").path))
    }

    @Test func aSecondBuildOfAnUnchangedSiteSaysItIsUpToDateAndWritesNothing() throws {
        let site = try makeScratchFolder(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try SteleProcess.run(["build"], in: site).stdout.contains("Built 1 article into"))
        let page = site.appendingPathComponent("output/articles/a/index.html").path
        let written = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date
        let again = try SteleProcess.run(["build"], in: site)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("output is up to date with 1 article: nothing changed since the last build"))
        #expect(again.stdout.contains("pages          6   1 article"), "the figures of the build that wrote it: \(again.stdout)")
        #expect(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date == written)
        try "---\ntitle: B\n---\nText.\n".write(to: site.appendingPathComponent("content/a.md"), atomically: true, encoding: .utf8)
        #expect(try SteleProcess.run(["build"], in: site).stdout.contains("Built 1 article into"))
        #expect(try SteleProcess.run(["build", "--no-cache"], in: site).stdout.contains("Built 1 article into"))
    }

    @Test func errorsGoToStandardErrorWithLocationsAndExitNonZero() throws {
        let site = try makeScratchFolder([
            "content/a.md": "---\ntitle: [unclosed\n---\n",
            "content/b.md": "---\ndate: someday\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", site.path], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: content/a.md:2:8: invalid YAML in frontmatter"), "\(result.stderr)")
        #expect(result.stderr.contains("error: content/b.md:2:7: 'someday' is not a date"), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"), "no count repeating what was printed: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }

    @Test func aMistypedFolderIsAnErrorAndIsNotCreated() throws {
        let site = try makeScratchFolder(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", "sitee"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr == "error: sitee: no such folder\n", "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("sitee").path))
    }

    @Test func refusesAnOutputFolderItDidNotWrite() throws {
        let site = try makeScratchFolder(["content/a.md": "x", "mine/notes.txt": "mine"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", "--output", "mine"], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to use as output folder"))
        #expect(try String(contentsOf: site.appendingPathComponent("mine/notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func refusesTheSiteFolderAsOutput() throws {
        let site = try makeScratchFolder(["content/a.md": "x"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", "--output", "."], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("it is the site folder itself"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/a.md").path))
    }

    @Test func theSummarySaysWhatWasBuiltAndWarnsOnMistypedKeys() throws {
        let site = try makeScratchFolder([
            "stele.yml": "title: T\nbaseUrl: /\n",
            "content/a.md": "---\ntitle: A\ntags: [x]\n---\nText.\n",
            "content/b.md": "---\ntitle: B\ndraft: true\n---\nText.\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 1 article into output in "), "\(result.stdout)")
        #expect(result.stdout.contains("1 article · 1 index page · 1 tag page · tag list · timeline"), "\(result.stdout)")
        #expect(result.stdout.contains("left out       1"), "\(result.stdout)")
        #expect(result.stdout.contains("warnings       1"), "\(result.stdout)")
        #expect(result.stderr.contains("stele.yml:2:1: warning: Stele reads no key `baseUrl`; did you mean `baseURL`?"))
        // No terminal: no progress line.
        #expect(!result.stderr.contains("\r"))

        let quiet = try SteleProcess.run(["build", "--quiet"], in: site)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.stdout)\(quiet.stderr)")
    }

    /// A build killed at any moment leaves a whole output/ (the old one or the new one), and the next
    /// build removes what the killed ones left beside it.
    @Test func killedBuildsNeverLeaveTheSiteWithoutOutput() throws {
        var files = ["stele.yml": "title: T\n"]
        for index in 0..<150 {
            files["content/a\(index).md"] = "---\ntitle: 第\(index)篇\ndate: 2020-01-\(index % 18 + 10)\n---\n"
                + String(repeating: "2020年3月5日，村里修了路，投入资金120万元。\n\n", count: 20)
        }
        let site = try makeScratchFolder(files)
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try SteleProcess.run(["build", "--quiet"], in: site).status == 0)
        for delay in stride(from: 0.1, through: 1.5, by: 0.2) {
            let process = Process()
            process.executableURL = SteleProcess.executable
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = site
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let output = site.appendingPathComponent("output")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".stele-output").path), "after \(delay) s")
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path), "after \(delay) s")
        }
        #expect(try SteleProcess.run(["build", "--quiet"], in: site).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(names.sorted() == [".stele-cache", "content", "output", "stele.yml"], "\(names)")
        // The analysis cache too holds whole entries only: a killed build's half-written one is gone.
        let caches = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".stele-cache").path)
            .filter { $0.hasPrefix("analysis-") }
        #expect(caches.count == 1, "one format of entries, the others pruned: \(caches)")
        let cache = site.appendingPathComponent(".stele-cache").appendingPathComponent(caches.first ?? "analysis-")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(!entries.isEmpty && entries.allSatisfy { !$0.hasPrefix(".") && $0.hasSuffix(".entry") }, "\(entries)")
    }
}
