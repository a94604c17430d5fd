import Foundation
import Testing
@testable import SteleSite
@testable import SteleSupport

@Suite struct CheckReportTests {
    static let report = CheckReport(problems: [
        Diagnostic(.brokenLink, file: "output/index.html", line: 12, "links to /x/, which the site does not have"),
        Diagnostic(.brokenAnchor, file: "content/a.md", line: 9, "a \"quoted\" <b> & \\ message"),
        Diagnostic(.duplicateURL, file: "content/a.md", line: nil, "duplicate"),
    ], checkedFiles: 7)

    @Test func textIsOneFileLineMessageALineSortedByFileAndLine() {
        #expect(Self.report.text == """
            content/a.md: duplicate
            content/a.md:9: a "quoted" <b> & \\ message
            output/index.html:12: links to /x/, which the site does not have

            """)
        #expect(Self.report.summary == "3 problems in 7 pages")
        #expect(CheckReport(problems: [], checkedFiles: 1).summary == "no problems in 1 page")
    }

    @Test func jsonHasFileLineMessageAndKindForEachProblem() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.report.json.utf8)) as? [String: Any])
        #expect(json["checkedFiles"] as? Int == 7)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.count == 3)
        #expect(problems[1]["file"] as? String == "content/a.md")
        #expect(problems[1]["line"] as? Int == 9)
        #expect(problems[1]["message"] as? String == "a \"quoted\" <b> & \\ message")
        #expect(problems[1]["kind"] as? String == "broken-anchor")
        #expect(problems[0]["line"] is NSNull)
        #expect(CheckReport(problems: [], checkedFiles: 0).json == "{\"problems\":[],\n\"checkedFiles\":0}\n")
    }

    @Test func buildErrorsBecomeProblemsAtTheirLocationWithTheirColumn() {
        let problems = CheckReport(failedBuild: .multiple([
            .content(.invalidDate(SourceLocation(file: "content/a.md", line: 3, column: 7), value: "someday")),
            .template(.missing(name: "tag")),
        ])).problems
        #expect(problems.map(\.description) == [
            "content/a.md:3:7: 'someday' is not a date (write YYYY-MM-DD, optionally followed by a time)",
            "templates/tag.mustache: no template 'tag.mustache' in templates/ or the default theme",
        ])
        #expect(problems.allSatisfy { $0.checkKind == .build })
    }
}
