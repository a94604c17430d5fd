import Foundation
import Testing
@testable import StelePages
@testable import SteleSite

/// Each fixture under Fixtures/Check/ breaks one rule; the checker must name the file and line.
@Suite struct LinkCheckerTests {
    func check(_ fixture: String, baseURL: String? = nil) async -> CheckReport {
        let builder = SiteBuilder(siteDirectory: Fixture.url("Check/\(fixture)"), baseURLOverride: baseURL, now: Fixture.now)
        do {
            return LinkChecker(site: try await builder.build()).check()
        } catch {
            return CheckReport(failedBuild: error)
        }
    }

    @Test func aBrokenLinkAndABrokenAnchorInMarkdownAreReportedAtTheirContentLine() async {
        let report = await check("broken-link-and-anchor")
        #expect(report.problems.map(\.description) == [
            "content/guide.md:7: links to content/other.md#第三节, but content/other.md has no heading or paragraph with the id '第三节'",
            "content/guide.md:9: links to content/missing.md, which does not exist",
        ])
        #expect(report.problems.map(\.checkKind) == [.brokenAnchor, .missingContent])
        #expect(!report.passed)
    }

    @Test func linksInsideParagraphsListsAndQuotesAreReportedAtTheirOwnLine() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: L\n---\n第一行文字，\n第二行有[坏链接](nope.md)。\n\n- 列表\n- 项目 [坏](#没有)\n\n> 引用\n> 其中 ![图](x.png)\n",
        ])
        defer { site.remove() }
        let report = LinkChecker(site: try await SiteBuilder(siteDirectory: site.root).build()).check()
        #expect(report.problems.map(\.description) == [
            "content/a.md:5: links to content/nope.md, which does not exist",
            "content/a.md:8: links to #没有, but that page has no element with the id '没有'",
            "content/a.md:11: refers to x.png, which the site does not have",
        ])
    }

    @Test func aBrokenLinkInATemplateIsReportedInEveryPageAtItsOutputLine() async throws {
        let report = await check("broken-link-in-template")
        #expect(report.problems.count == report.checkedFiles)
        #expect(report.problems.allSatisfy { $0.checkKind == .brokenLink && $0.message == "links to /about/, which the site does not have" })
        let index = try #require(report.problems.first { $0.location.file == "output/index.html" })
        let site = try await Fixture.build("Check/broken-link-in-template")
        let lines = try #require(site.text("index.html")).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(index.location.line)
        #expect(lines[line - 1].contains("href=\"/about/\""), "the line named is the line with the link")
    }

    @Test func missingImagesAndStylesheetsAreMissingAssets() async {
        let report = await check("missing-asset")
        #expect(report.problems.first?.description == "content/a.md:6: refers to /images/photo.jpg, which the site does not have")
        #expect(report.problems.allSatisfy { $0.checkKind == .missingAsset })
        #expect(report.problems.contains { $0.location.file == "output/index.html" && $0.message.contains("/static/print.css") })
    }

    @Test func anEmptyTitleIsReportedAtTheTitleLine() async {
        let report = await check("empty-title")
        #expect(report.problems.map(\.description) == ["content/untitled.md:3: the page has no title; give it one with `title:`"])
        #expect(report.problems.first?.checkKind == .emptyTitle)
    }

    @Test func linksWithoutTheBasePathLeaveTheSite() async {
        let report = await check("outside-base-path")
        #expect(report.problems.map(\.description) == ["content/a.md:4: links to /articles/b/, outside the site's base path /docs/"])
        // At the root, the first link is right and the second one, written with /docs/, is wrong.
        #expect(await check("outside-base-path", baseURL: "https://example.org/").problems.map(\.description)
                == ["content/a.md:4: links to /docs/articles/b/, which the site does not have"])
    }

    @Test func aLinkToADraftSaysItIsNotPublished() async throws {
        let report = await check("link-to-draft")
        #expect(report.problems.map(\.description) == [
            "content/a.md:4: links to content/draft.md, which is not published (a draft or dated in the future; "
                + "build with --drafts or --future to include it)",
        ])
        let withDrafts = LinkChecker(site: try await Fixture.build("Check/link-to-draft", drafts: true)).check()
        #expect(withDrafts.passed)
    }

    @Test func twoPagesOnOneURLAreReportedAtBoth() async {
        let report = await check("duplicate-url")
        #expect(report.problems.map(\.description) == [
            "content/a.md: this page and content/same.md would all be written to /articles/same/; give each its own slug",
            "content/same.md: this page and content/a.md would all be written to /articles/same/; give each its own slug",
        ])
        #expect(report.problems.allSatisfy { $0.checkKind == .duplicateURL })
    }

    @Test func aCleanSitePasses() async {
        let report = await check("clean-site")
        #expect(report.passed, "\(report.text)")
        #expect(report.checkedFiles >= 8)
    }

    @Test func theSubPathSitePassesAndOnlyItsHandWrittenPathDependsOnTheBase() async {
        #expect(await check("../Publish/site-under-sub-path").passed)
        // Everything Stele writes follows the base; the image path written in Markdown as /docs/… does not.
        #expect(await check("../Publish/site-under-sub-path", baseURL: "https://other.example/a/b/").problems
                .map(\.description) == [
                    "content/jian-qiang.md:13: links to /docs/static/images/figure.svg, outside the site's base path /a/b/",
                ])
    }

    @Test func generatedFilesAreCheckedToo() async throws {
        var site = try await Fixture.build("Check/clean-site")
        site.files.append(OutputFile(path: "extra/index.html", text: """
            <!DOCTYPE html><html><head><title> </title></head>
            <body><a href="../articles/a/#标题">ok</a> <a href="../articles/a/#nope">bad</a>
            <a href="../../../up/">out</a> <a href="https://example.org/sub/missing/">abs</a></body></html>
            """))
        site.files.append(OutputFile(path: "static/x.css", text: "a { }\nb { background: url(\"missing.png\") }\n"))
        site.files.append(OutputFile(path: "static/x.css", text: ""))
        site.files.append(OutputFile(path: "extra.xml", text: """
            <urlset><url><loc>https://example.org/sub/articles/a/</loc></url>
            <url><loc>https://example.org/sub/gone/</loc></url><link href="https://example.org/sub/feed.xml"/></urlset>
            """))
        let report = LinkChecker(site: site).check()
        #expect(report.problems.map(\.description) == [
            "output/extra.xml:2: links to https://example.org/sub/gone/, which the site does not have",
            "output/extra/index.html:1: the page's <title> is empty",
            "output/extra/index.html:2: links to ../articles/a/#nope, but that page has no element with the id 'nope'",
            "output/extra/index.html:3: links to ../../../up/, which climbs out of the site",
            "output/extra/index.html:3: links to https://example.org/sub/missing/, which the site does not have",
            "output/static/x.css: two files of the build are written to this path",
            "output/static/x.css:2: refers to missing.png, which the site does not have",
        ])
    }
}
