import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import StelePages
@testable import SteleText

@Suite struct TimelineJSONTests {
    private let urls = URLBuilder(config: SiteConfig())

    private func event(_ start: TimelineDate, _ end: TimelineDate? = nil, text: String, paragraph: Int) -> TimelineEvent {
        TimelineEvent(start: start, end: end, text: text, article: "标题", articlePath: "articles/a/",
                      paragraphID: "p-\(paragraph)", written: nil,
                      position: .init(article: 0, paragraph: paragraph, offset: 0))
    }

    @Test func keysInTheDocumentedOrderOneEventPerLine() {
        let json = TimelineJSON.encode([
            event(TimelineDate(year: 1943, season: .spring), text: "发现模范村", paragraph: 3),
            event(TimelineDate(year: 2016, month: 10, day: 10), TimelineDate(year: 2016, month: 10, day: 11),
                  text: "会议召开", paragraph: 12),
            event(TimelineDate(year: 2021, month: 6), text: "印发\"意见\" <b>&</b>", paragraph: 1),
        ], urls: urls)
        #expect(json == """
            {"events":[
            {"start":"1943","precision":"season","season":"spring","text":"发现模范村","article":"标题","url":"/articles/a/#p-3"},
            {"start":"2016-10-10","end":"2016-10-11","precision":"day","text":"会议召开","article":"标题","url":"/articles/a/#p-12"},
            {"start":"2021-06","precision":"month","text":"印发\\"意见\\" \\u003cb\\u003e\\u0026\\u003c/b\\u003e","article":"标题","url":"/articles/a/#p-1"}
            ]}

            """)
    }

    @Test func parsesAsTheIssueShowsIt() throws {
        let json = TimelineJSON.encode([event(TimelineDate(year: 2021), text: "印发", paragraph: 2)], urls: urls)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: String]])
        #expect(events == [["start": "2021", "precision": "year", "text": "印发", "article": "标题", "url": "/articles/a/#p-2"]])
    }

    @Test func noEvents() {
        #expect(TimelineJSON.encode([], urls: urls) == "{\"events\":[]}\n")
    }
}
