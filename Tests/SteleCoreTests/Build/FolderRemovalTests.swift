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

    @Test func aLinkInTheRetiredFolderGoesAndWhatItPointsToStays() throws {
        let site = try TemporarySite(["media/photo.jpg": "photo", "media/sub/clip.mp4": "clip", "old/a/index.html": "a"])
        defer { site.remove() }
        let media = site.root.appendingPathComponent("media")
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("old/media"), withDestinationURL: media)
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("old/a/media"), withDestinationURL: media)
        FolderRemoval.remove(site.root.appendingPathComponent("old"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["media"])
        #expect(try site.read("media/photo.jpg") == "photo")
        #expect(try site.read("media/sub/clip.mp4") == "clip")
    }
}
