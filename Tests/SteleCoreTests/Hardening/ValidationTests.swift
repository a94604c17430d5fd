import Foundation
import Testing
@testable import SteleContent
@testable import SteleSite
@testable import SteleText

/// Input that used to pass and build something other than what was written (issue 14).
@Suite struct ValidationTests {
    @Test(arguments: ["2022-01-01T25:61:99+99:99", "2022-01-01T99:99", "2022-01-01 garbage", "2022-01-01T08:30:00Z junk",
                      "2022-10-09 morning",
                      "0000-01-01"])
    func datesThatAreNotDates(text: String) {
        #expect(PageDate(text) == nil)
    }

    @Test(arguments: ["2022-01-01", "2022-01-01T08:30", "2022-01-01T08:30:00Z", "2022-01-01 08:30:00+08:00",
                      "2022-01-01T08:30:00.250-05:00"])
    func datesWithTimes(text: String) {
        #expect(PageDate(text) != nil)
    }

    @Test func tagsMustBeWords() {
        #expect(throws: ContentError.self) { try Frontmatter.parse(yaml: "tags: 5", file: "a.md", lineOffset: 1) }
        #expect(throws: ContentError.self) { try Frontmatter.parse(yaml: "tags: [\"\", \"  \"]", file: "a.md", lineOffset: 1) }
        #expect((try? Frontmatter.parse(yaml: "tags: 党建", file: "a.md", lineOffset: 1))?.tags == ["党建"])
    }

    @Test(arguments: ["example.org", "not a url with spaces", "//example.org/", "ftp://example.org/", "https://"])
    func baseURLsThatAreNeitherURLsNorPaths(value: String) {
        #expect(throws: ContentError.self) { try SiteConfig.parse("baseURL: \"\(value)\"", file: "stele.yml") }
    }

    @Test func aContentLinkOutOfTheSiteIsRefused() async throws {
        let site = try TemporarySite(["stele.yml": "title: T\n", "content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).md")
        try Data("---\ntitle: Secret\n---\nsecret\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("content/secret.md"),
                                                   withDestinationURL: outside)
        let message = await errorText { try await site.build() }
        #expect(message?.hasPrefix("content/secret.md: a link to ") == true && message?.contains("outside the site folder") == true)
    }

    @Test func aMissingPartialOrACircleOfPartialsFailsTheBuild() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\n---\nText.\n",
            "templates/partials/footer.mustache": "<footer>\n{{> partials/no-such-partial}}\n</footer>\n",
        ])
        defer { site.remove() }
        #expect(await errorText { try await site.build() }
                == "templates/partials/footer.mustache:2: no partial 'partials/no-such-partial.mustache' in templates/ or the default theme")
        try site.write("templates/partials/footer.mustache", "{{> partials/footer}}\n")
        #expect(await errorText { try await site.build() }
                == "templates/partials/footer.mustache:1: partials include each other in a circle: partials/footer → partials/footer")
    }
}
