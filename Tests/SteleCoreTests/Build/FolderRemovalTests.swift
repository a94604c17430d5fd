import Foundation
import Testing
@testable import SteleSite

@Suite struct FolderRemovalTests {
    @Test func aRetiredFolderGoesWholeAndNothingBesideIt() throws {
        let site = try TemporarySite(["keep.txt": "kept", "old/index.html": "a", "old/.stele-output": "marker",
                                      "old/articles/a/index.html": "b", "old/articles/b/c/d/deep.json": "c",
                                      "old/timeline/.hidden/x": "d", "old/feed.xml": "e"])
        defer { site.remove() }
        FolderRemoval.remove(site.root.appendingPathComponent("old"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["keep.txt"])
        #expect(try site.read("keep.txt") == "kept")
    }
}
