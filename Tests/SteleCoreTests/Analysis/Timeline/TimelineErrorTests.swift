import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleSupport

/// Wrong frontmatter stops the build with an error that names the file and says what to write.
@Suite struct TimelineErrorTests {
    private func error(_ fixture: String) throws -> TimelineError? {
        do {
            _ = try TimelineFixtures.events("errors/\(fixture)")
            return nil
        } catch let error as TimelineError {
            return error
        }
    }

    @Test func eventDateThatIsNoDate() throws {
        let error = try #require(try error("event-date-not-a-date"))
        #expect(error == .invalidEventDate(SourceLocation(file: "content/errors/event-date-not-a-date.md", line: 3), item: 1,
                                           value: "2016-13-40"))
        #expect(error.description.hasPrefix("content/errors/event-date-not-a-date.md:3: frontmatter 'events' item 1: '2016-13-40' is not a date"))
    }

    @Test func eventWithoutText() throws {
        #expect(try error("event-without-text")
            == .invalidEvent(SourceLocation(file: "content/errors/event-without-text.md", line: 3), item: 1, problem: "has no text"))
    }

    @Test func eventOnAParagraphThatDoesNotExist() throws {
        let error = try #require(try error("event-paragraph-missing"))
        #expect(error.description.hasPrefix("content/errors/event-paragraph-missing.md:3: frontmatter 'events' item 1:"))
        #expect(error.description.contains("paragraph 'p-9' is not one of the article's (p-1 … p-1)"))
    }

    @Test func excludeThatDropsNothing() throws {
        #expect(try error("exclude-matches-nothing")
            == .unmatchedExclude(SourceLocation(file: "content/errors/exclude-matches-nothing.md", line: 3), value: "1999"))
    }
}
