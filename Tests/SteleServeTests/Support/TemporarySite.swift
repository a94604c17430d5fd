import Foundation

/// A site folder made for one test under the system's temporary folder, removed by `remove()`.
struct TemporarySite: Sendable {
    let url: URL

    /// A site with one article, `content/hello.md` (slug `hello`), saying "First version.".
    static func make() throws -> TemporarySite {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stele-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let site = TemporarySite(url: url)
        try site.write("stele.yml", "title: Preview test\nlanguage: en\n")
        try site.write("content/hello.md", article(title: "Hello", body: "First version."))
        return site
    }

    static func article(title: String, body: String, slug: String = "hello") -> String {
        "---\ntitle: \(title)\ndate: 2024-05-01\nslug: \(slug)\n---\n\(body)\n"
    }

    /// Writes `text` to `path` (relative to the site), making folders as needed.
    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
