import Foundation
import Testing
@testable import StelePages

@Suite struct ThemeTests {
    @Test("a line's partials are found as the pattern {{> name}} finds them", arguments: [
        "<header>{{> head}}</header>", "{{>foot }}", "{{ > a}}{{>b}}", "{{>}}", "{{ name }}", "{{> a b}}",
        "{{{> x}}}", "a > b {{> c}} > d", "{{>\tpartial-name\t}}", "{{> 页脚}}", "{{> x}", "plain text",
    ])
    func partialsInALine(line: String) {
        let expected = line.matches(of: /\{\{\s*>\s*([^\s}]+)\s*\}\}/).map { String($0.output.1) }
        #expect(Theme.partialNames(in: Substring(line)) == expected)
    }

    /// templates/ in this repository, found from this file's path.
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    @Test func compiledInThemeIsExactlyTheTemplatesFolder() throws {
        let files = Theme.files(under: Self.templatesFolder)
        let templates = files.filter { $0.hasSuffix(".mustache") }
        let statics = files.filter { $0.hasPrefix("static/") }
        #expect(Set(templates.map { String($0.dropLast(".mustache".count)) }) == Set(DefaultTheme.templates.keys),
                "every template must be listed in Package.swift resources and DefaultTheme.swift")
        #expect(Set(statics.map { String($0.dropFirst("static/".count)) }) == Set(DefaultTheme.staticFiles.keys))
        for name in templates {
            let text = try String(contentsOf: Self.templatesFolder.appendingPathComponent(name), encoding: .utf8)
            #expect(DefaultTheme.templates[String(name.dropLast(".mustache".count))]?.text == text, "\(name)")
        }
    }

    @Test func aSiteWithoutTemplatesBuildsWithTheDefaultTheme() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        try await site.build()
        let page = try site.read("output/articles/a/index.html")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"/static/style.css\">"))
    }

    @Test func siteTemplatesAndStaticFilesOverrideTheDefaults() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\n---\n",
            "templates/partials/footer.mustache": "<footer>custom footer</footer>",
            "templates/static/style.css": "body{}",
            "static/images/logo.svg": "<svg/>",
        ])
        defer { site.remove() }
        try await site.build()
        #expect(try site.read("output/index.html").contains("<footer>custom footer</footer>"))
        #expect(try site.read("output/static/style.css") == "body{}")
        #expect(try site.read("output/static/images/logo.svg") == "<svg/>")
    }

    @Test func labelsFollowTheSiteLanguage() async throws {
        let chinese = try TemporarySite(["stele.yml": "language: zh-CN\n"])
        defer { chinese.remove() }
        try await chinese.build()
        #expect(try chinese.read("output/404.html").contains("找不到页面"))
        let english = try TemporarySite(["stele.yml": "title: Labels\n"])
        defer { english.remove() }
        try await english.build()
        #expect(try english.read("output/404.html").contains("Page not found"))
    }
}
