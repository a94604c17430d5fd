import Foundation
import Testing
@testable import SteleAnalysis
import SteleText

/// The build cache keeps timeline events as their fields, written by hand: these tests fail when
/// a field is added to an event or a date and not to the stored form, which would otherwise lose it on a
/// warm build.
@Suite struct StoredEventTests {
    /// An event with every optional field set: a range, its paragraph and the date as written.
    static let full = TimelineEvent(start: TimelineDate(year: 2016, month: 10, day: 10),
                                    end: TimelineDate(year: 2016, month: 10, day: 11), text: "贡江镇渡口恢复通航",
                                    article: "渡口", articlePath: "articles/dukou/", paragraphID: "p-12",
                                    written: "2016年10月10日至11日", position: .init(article: 3, paragraph: 11, offset: 4))

    /// A frontmatter event: no end, no paragraph, no written date.
    static let bare = TimelineEvent(start: TimelineDate(year: 1943), end: nil, text: "建校", article: "学校",
                                    articlePath: "articles/xuexiao/", paragraphID: nil, written: nil,
                                    position: .init(article: 0, paragraph: 0, offset: 0))

    /// One date of each precision.
    static let dates = [TimelineDate(year: 1960, decade: true), TimelineDate(year: 2021),
                        TimelineDate(year: 1943, season: .spring), TimelineDate(year: 2021, month: 6),
                        TimelineDate(year: 2021, month: 6, day: 1)]

    @Test func everyFieldIsStored() {
        let stored = TimelineEvent.storedFields
        #expect(Mirror(reflecting: Self.full).children.count == stored.event,
                "a field was added to TimelineEvent: store it in StoredEvent.swift")
        #expect(Mirror(reflecting: Self.full.position).children.count == stored.position,
                "a field was added to TimelineEvent.Position: store it in StoredEvent.swift")
        #expect(Mirror(reflecting: Self.full.start).children.count == stored.date,
                "a field was added to TimelineDate: store it in StoredEvent.swift")
    }

    @Test func theDatesAreOfEveryPrecision() {
        #expect(Self.dates.map(\.precision) == TimelineDate.Precision.allCases)
    }

    @Test func aStoredEventReadsBackEqual() throws {
        var events = [Self.full, Self.bare]
        for date in Self.dates {
            var single = Self.bare
            single.start = date
            var range = Self.full
            (range.start, range.end) = (date, date)
            events += [single, range]
        }
        for event in events {
            #expect(try readBack(event) == event, "\(event)")
        }
    }
}
